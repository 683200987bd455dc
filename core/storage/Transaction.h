// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace ys::storage {

class Connection;

// A unit of work on the plan file: commits with commit(), rolls back when destroyed otherwise.
// Built on savepoints, so transactions nest: an edit inside an import is part of the import.
class Transaction
{
public:
    explicit Transaction(const Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when the savepoint could not even be opened (error() says why).
    bool isOpen() const { return m_open; }
    const Error& error() const { return m_error; }

    Status commit();
    void rollback();

private:
    const Connection& m_connection;
    QString m_name;
    bool m_open = false;
    bool m_outermost = false; // began the transaction itself (no transaction was open before)
    Error m_error;
};

} // namespace ys::storage
