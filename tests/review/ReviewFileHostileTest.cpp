// SPDX-License-Identifier: GPL-3.0-or-later
// Review files are untrusted input: a review of another plan, a file changed after it was written,
// one made by a newer Yardstick, and malformed ones each get one clear sentence, and nothing is merged.
#include "ReviewCli.h"

#include <QJsonDocument>

namespace {

const QString kReview = QStringLiteral("review");

// A plan file holding the sample plan, made through the command line (each one a plan of its own).
QString samplePlan(const TempDir& dir, const QString& name)
{
    const QString path = dir.path(name);
    ok({QStringLiteral("new"), path});
    ok({QStringLiteral("import"), path, QStringLiteral(YS_SAMPLE_JSON), QStringLiteral("--format"),
        QStringLiteral("yardstick-json")});
    return path;
}

qint64 firstMeasure(const QString& plan)
{
    const QJsonArray list = listOf(plan);
    REQUIRE(!list.isEmpty());
    return list.first().toObject().value(QStringLiteral("id")).toInteger();
}

// A reviewed sample plan and its exported review.
struct Reviewed
{
    QString plan;
    QString review;
};

Reviewed reviewedSample(const TempDir& dir)
{
    Reviewed r{samplePlan(dir, QStringLiteral("reviewed.yardstick")), dir.path(QStringLiteral("r.yardstick-review"))};
    const QString measure = QString::number(firstMeasure(r.plan));
    ok({kReview, QStringLiteral("flag"), r.plan, QStringLiteral("--measure"), measure, QStringLiteral("--kind"),
        QStringLiteral("hard_to_understand"), QStringLiteral("--comment"), QStringLiteral("Which responses count?")});
    ok({kReview, QStringLiteral("comment"), r.plan, QStringLiteral("--measure"), measure, QStringLiteral("--text"),
        QStringLiteral("Define the denominator."), QStringLiteral("--change-required")});
    ok({kReview, QStringLiteral("export"), r.plan, r.review});
    return r;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& root, bool recomputeChecksum)
{
    QJsonObject out = root;
    if (recomputeChecksum) {
        const QByteArray compact = QJsonDocument(root.value(QStringLiteral("payload")).toObject()).toJson(QJsonDocument::Compact);
        out.insert(QStringLiteral("checksum"),
                   QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("sha256")},
                               {QStringLiteral("value"), QString::fromLatin1(QCryptographicHash::hash(
                                                             compact, QCryptographicHash::Sha256).toHex())}});
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(out).toJson());
}

// Merges `review` into `target`, which must refuse with `exitCode` and a message containing `words`,
// leaving the plan file byte for byte as it was.
void refused(const QString& target, const QString& review, int exitCode, const QString& words)
{
    const QByteArray before = fileHash(target);
    const CliRun run = runYardstick({kReview, QStringLiteral("merge"), target, review});
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.contains(words));
    CHECK(run.err.contains(review));
    CHECK(run.err.contains(QStringLiteral("Nothing was merged"), Qt::CaseInsensitive));
    CHECK(run.err.count(QLatin1Char('\n')) == 1); // one sentence
    CHECK(fileHash(target) == before);
}

} // namespace

TEST_CASE("review: a review of another plan is refused and nothing is merged")
{
    TempDir dir;
    const Reviewed reviewed = reviewedSample(dir);
    // The same owner's FY27 plan, imported separately: another plan, though it looks alike.
    const QString other = samplePlan(dir, QStringLiteral("other.yardstick"));
    refused(other, reviewed.review, 4, QStringLiteral("review of another plan"));
    CHECK(runYardstick({kReview, QStringLiteral("merge"), other, reviewed.review}).err.contains(
        QStringLiteral("is another plan (made separately")));
    // The Baltimore workbook's plans are not the sample's either.
    const QString baltimore = BaltimoreFixture::get().copyTo(dir, QStringLiteral("baltimore.yardstick"));
    refused(baltimore, reviewed.review, 4, QStringLiteral("review of another plan"));
}

TEST_CASE("review: a review file changed after it was written is refused and nothing is merged")
{
    TempDir dir;
    const Reviewed reviewed = reviewedSample(dir);
    const QString copy = dir.path(QStringLiteral("copy.yardstick"));
    REQUIRE(QFile::copy(reviewed.plan, copy));
    // Someone rewrites the reviewer's comment by hand.
    QFile file(reviewed.review);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    REQUIRE(bytes.contains("Define the denominator."));
    bytes.replace("Define the denominator.", "Looks fine, no change needed.");
    const QString tampered = dir.path(QStringLiteral("tampered.yardstick-review"));
    QFile out(tampered);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    refused(copy, tampered, 3, QStringLiteral("changed after Yardstick wrote it"));

    // A score out of range, with the checksum made to match: the field is named.
    QJsonObject root = readJson(reviewed.review);
    QJsonObject payload = root.value(QStringLiteral("payload")).toObject();
    QJsonArray plans = payload.value(QStringLiteral("plans")).toArray();
    QJsonObject plan = plans.first().toObject();
    QJsonArray items = plan.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.first().toObject();
    item.insert(QStringLiteral("state"), QStringLiteral("approved-by-me"));
    items.replace(0, item);
    plan.insert(QStringLiteral("items"), items);
    plans.replace(0, plan);
    payload.insert(QStringLiteral("plans"), plans);
    root.insert(QStringLiteral("payload"), payload);
    const QString forged = dir.path(QStringLiteral("forged.yardstick-review"));
    writeJson(forged, root, true);
    refused(copy, forged, 3, QStringLiteral("plans[0].items[0].state"));

    // Not a review at all.
    const QString junk = dir.path(QStringLiteral("junk.yardstick-review"));
    QFile junkFile(junk);
    REQUIRE(junkFile.open(QIODevice::WriteOnly));
    junkFile.write("PK\x03\x04 not json");
    junkFile.close();
    refused(copy, junk, 3, QStringLiteral("not a Yardstick review file"));
}

TEST_CASE("review: a review made by a newer version of Yardstick is refused and nothing is merged")
{
    TempDir dir;
    const Reviewed reviewed = reviewedSample(dir);
    const QString copy = dir.path(QStringLiteral("copy.yardstick"));
    REQUIRE(QFile::copy(reviewed.plan, copy));
    QJsonObject root = readJson(reviewed.review);
    root.insert(QStringLiteral("format_version"), 2);
    const QString newer = dir.path(QStringLiteral("newer.yardstick-review"));
    writeJson(newer, root, true);
    refused(copy, newer, 4, QStringLiteral("made by a newer version of Yardstick"));
}

TEST_CASE("review: an unreviewed plan exports an empty review, and a good review merges into a copy")
{
    TempDir dir;
    const QString plan = samplePlan(dir, QStringLiteral("plan.yardstick"));
    const QString owner = listOf(plan).first().toObject().value(QStringLiteral("owner")).toString();
    const QString empty = dir.path(QStringLiteral("empty.yardstick-review"));
    CHECK(ok({kReview, QStringLiteral("export"), plan, empty, QStringLiteral("--plan"), owner})
              .out.contains(QStringLiteral("0 flags and comments")));
    const QJsonObject root = readJson(empty);
    const QJsonArray plans = root.value(QStringLiteral("payload")).toObject().value(QStringLiteral("plans")).toArray();
    REQUIRE(plans.size() == 1);
    CHECK(plans.first().toObject().value(QStringLiteral("items")).toArray().isEmpty());
    CHECK(plans.first().toObject().value(QStringLiteral("scores")).toArray().isEmpty());
    CHECK(plans.first().toObject().value(QStringLiteral("plan_version")).toInt() == 1);

    const Reviewed reviewed = reviewedSample(dir);
    const QString copy = dir.path(QStringLiteral("copy.yardstick"));
    REQUIRE(QFile::copy(reviewed.plan, copy));
    const QJsonObject report = ok({kReview, QStringLiteral("merge"), copy, reviewed.review, QStringLiteral("--json")}).json().object();
    CHECK(report.value(QStringLiteral("items_unchanged")).toInt() == 2);
    CHECK(report.value(QStringLiteral("items_added")).toInt() == 0);
}
