// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Connection.h"

namespace ys::storage {
namespace {
int g_depth = 0; // savepoint names only need to be unique among the open ones
}

Transaction::Transaction(const Connection& connection)
    : m_connection(connection), m_name(QStringLiteral("ys_tx_%1").arg(++g_depth))
{
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
    (void)m_connection.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    (void)m_connection.exec(QStringLiteral("RELEASE ") + m_name);
    m_open = false;
    --g_depth;
}

} // namespace ys::storage
