// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewPackage.h"

#include "domain/Result.h"

#include <QJsonObject>

namespace ys::review {

// The payload of a review file as JSON, and back. Reading treats the JSON as untrusted: every field
// is checked for its type, its vocabulary and its bounds, and the first fault is named by its path
// ("plans[0].items[3].state") in an Invalid error for `source`.
namespace ReviewPackageJson {

QJsonObject toJson(const ReviewPackage& package);
Result<ReviewPackage> fromJson(const QJsonObject& payload, const QString& source);

} // namespace ReviewPackageJson

} // namespace ys::review
