// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Connection.h"

#include <sqlite3.h>

namespace ys::storage {
namespace {
int g_depth = 0; // savepoint names only need to be unique among the open ones
}

Transaction::Transaction(const Connection& connection)
    : m_connection(connection), m_name(QStringLiteral("ys_tx_%1").arg(++g_depth))
{
    sqlite3* handle = m_connection.handle();
    m_outermost = handle && sqlite3_get_autocommit(handle) != 0;
    if (auto status = m_connection.exec(QStringLiteral("SAVEPOINT ") + m_name); status) {
        m_open = true;
    } else {
        m_error = status.error();
        --g_depth;
    }
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_error;
    auto status = m_connection.exec(QStringLiteral("RELEASE ") + m_name);
    if (!status) {
        rollback();
        return status;
    }
    m_open = false;
    --g_depth;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_outermost) {
        // A plain ROLLBACK ends the transaction without committing anything: the file stays
        // byte-identical (ROLLBACK TO + RELEASE would commit an empty transaction and bump the
        // header's change counter).
        (void)m_connection.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_connection.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        (void)m_connection.exec(QStringLiteral("RELEASE ") + m_name);
    }
    m_open = false;
    --g_depth;
}

} // namespace ys::storage
