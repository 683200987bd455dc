// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewFile.h"

#include "ReviewPackageJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ys::review::ReviewFile {
namespace {

const QString kFormat = QStringLiteral("yardstick-review");

Error fault(Error::Code code, const QString& source, const QString& message, const QString& field = {})
{
    Error error = Error::make(code, message);
    error.file = source;
    error.field = field;
    return error;
}

} // namespace

QString checksumOf(const QByteArray& compactPayload)
{
    return QString::fromLatin1(QCryptographicHash::hash(compactPayload, QCryptographicHash::Sha256).toHex());
}

QByteArray encode(const ReviewPackage& package)
{
    const QJsonObject payload = ReviewPackageJson::toJson(package);
    const QByteArray compact = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("format_version"), package.formatVersion},
                     {QStringLiteral("payload"), payload},
                     {QStringLiteral("checksum"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("sha256")},
                                                              {QStringLiteral("value"), checksumOf(compact)}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ReviewPackage> decode(const QByteArray& bytes, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fault(Error::Code::NotAPlan, source,
                     QStringLiteral("this is not a Yardstick review file, or it is damaged (%1 at byte %2); nothing "
                                    "was merged.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fault(Error::Code::NotAPlan, source,
                     QStringLiteral("this is not a Yardstick review file (no \u201c%1\u201d marker); nothing was merged.")
                         .arg(kFormat),
                     QStringLiteral("format"));
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(int(version.toDouble())))
        return fault(Error::Code::NotAPlan, source,
                     QStringLiteral("the review file's format version is missing or not a number; nothing was merged."),
                     QStringLiteral("format_version"));
    if (version.toInt() > ReviewPackage::FormatVersion)
        return fault(Error::Code::WriteRefused, source,
                     QStringLiteral("this review was made by a newer version of Yardstick (review format %1; this "
                                    "program reads format %2). Update Yardstick to merge it; nothing was merged.")
                         .arg(version.toInt())
                         .arg(ReviewPackage::FormatVersion),
                     QStringLiteral("format_version"));
    const QJsonValue payload = root.value(QStringLiteral("payload"));
    if (!payload.isObject())
        return fault(Error::Code::NotAPlan, source, QStringLiteral("the review file has no payload; nothing was merged."),
                     QStringLiteral("payload"));
    const QJsonObject checksum = root.value(QStringLiteral("checksum")).toObject();
    if (checksum.value(QStringLiteral("algorithm")).toString() != QLatin1String("sha256"))
        return fault(Error::Code::NotAPlan, source,
                     QStringLiteral("the review file carries no SHA-256 checksum, so it cannot be trusted; nothing was "
                                    "merged."),
                     QStringLiteral("checksum"));
    const QByteArray compact = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
    if (checksum.value(QStringLiteral("value")).toString() != checksumOf(compact))
        return fault(Error::Code::NotAPlan, source,
                     QStringLiteral("the review file was changed after Yardstick wrote it (its checksum does not match "
                                    "its contents); ask the reviewer to export it again. Nothing was merged."),
                     QStringLiteral("checksum"));
    auto package = ReviewPackageJson::fromJson(payload.toObject(), source);
    if (!package)
        return package.error();
    package->formatVersion = version.toInt();
    return package;
}

Status write(const ReviewPackage& package, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fault(Error::Code::Io, path, QStringLiteral("the review file cannot be written there (%1).").arg(file.errorString()));
    file.write(encode(package));
    if (!file.commit())
        return fault(Error::Code::Io, path, QStringLiteral("the review file could not be written (%1).").arg(file.errorString()));
    return {};
}

Result<ReviewPackage> read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fault(Error::Code::NotAPlan, path, QStringLiteral("there is no such review file."));
    if (info.size() > MaxBytes)
        return fault(Error::Code::NotAPlan, path,
                     QStringLiteral("the file is larger than a review file can be (%1 MB); nothing was merged.")
                         .arg(MaxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fault(Error::Code::NotAPlan, path, QStringLiteral("the review file cannot be read (%1).").arg(file.errorString()));
    return decode(file.readAll(), path);
}

} // namespace ys::review::ReviewFile
