// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick diff OLD NEW [--plan OWNER] [--json]: what changed between two versions of a plan file.
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "PlanChoice.h"
#include "VerbParser.h"
#include "Verbs.h"
#include "review/PlanDiff.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace ys::cli {
namespace {

class DiffVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override { return QStringLiteral("what changed between two versions of a plan"); }

    int run(const QStringList& arguments) override
    {
        VerbParser verb(name(),
                        QStringLiteral("Compares two versions of a plan file (say, the version a reviewer returned and "
                                       "the one the agency resubmitted): per plan, the measures added and removed, and "
                                       "the changed definitions and values of the others."),
                        QStringLiteral("OLD NEW"));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON object."));
        verb.parser().addOption(json);
        PlanChoice choice(verb);
        if (auto stop = verb.parse(arguments, 2, 2))
            return *stop;
        auto before = OpenPlan::forReading(verb.positional().at(0));
        if (!before)
            return before.exitCode;
        auto after = OpenPlan::forReading(verb.positional().at(1));
        if (!after)
            return after.exitCode;
        auto oldSnapshot = storage::PlanSnapshot::load(*before.file);
        if (!oldSnapshot)
            return Console::fail(oldSnapshot.error());
        auto newSnapshot = storage::PlanSnapshot::load(*after.file);
        if (!newSnapshot)
            return Console::fail(newSnapshot.error());
        QString planUid;
        if (choice.isSet()) {
            int code = 0;
            const Plan* plan = choice.resolve(*newSnapshot, code);
            if (!plan)
                return code;
            planUid = plan->uid;
        }
        review::PlanDiff diff = review::PlanDiff::compare(*oldSnapshot, *newSnapshot, planUid);
        diff.beforeName = QFileInfo(before.file->path()).fileName();
        diff.afterName = QFileInfo(after.file->path()).fileName();
        if (verb.parser().isSet(json))
            Console::out(QString::fromUtf8(QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented)));
        else
            Console::out(diff.toText());
        return Done;
    }
};

} // namespace

std::unique_ptr<Verb> makeDiffVerb()
{
    return std::make_unique<DiffVerb>();
}

} // namespace ys::cli
