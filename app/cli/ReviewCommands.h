// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The subcommands of `yardstick review`: each gets the arguments after its name and returns the
// exit code. Thin: the work is core/review's.
namespace ys::cli::review {

int flag(const QStringList& arguments);
int comment(const QStringList& arguments);
int resolve(const QStringList& arguments);
int score(const QStringList& arguments);
int decide(const QStringList& arguments);
int list(const QStringList& arguments);
int exportReview(const QStringList& arguments);
int merge(const QStringList& arguments);

} // namespace ys::cli::review
