// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick set FILE --measure ID --fiscal-year FY27 [--period annual] (--target N | --actual N) [--note TEXT]
#include "Console.h"
#include "ExitCode.h"
#include "OpenPlan.h"
#include "PlanChoice.h"
#include "VerbParser.h"
#include "Verbs.h"
#include "domain/FiscalYear.h"
#include "io/values/NumberText.h"
#include "review/EditGuard.h"
#include "storage/MeasureRepository.h"

namespace ys::cli {
namespace {

// What was typed for one side: a number ("75", "75%", "4,222"), or words saying why there is none
// ("not yet reported"), kept as the missing reason and never as 0.
void setFigure(Figure& figure, const QString& typed)
{
    const io::ParsedNumber parsed = io::NumberText::parse(typed);
    figure.raw = typed.trimmed();
    figure.origin = Origin::User;
    figure.number = parsed.isNumber() ? std::optional<double>(parsed.value) : std::nullopt;
    figure.missingReason = parsed.isMissing() ? parsed.missingReason : QString();
}

QString figureText(const Figure& f)
{
    if (f.number)
        return QString::number(*f.number, 'g', 15);
    if (!f.missingReason.isEmpty())
        return QStringLiteral("\u201c%1\u201d").arg(f.missingReason);
    return QStringLiteral("nothing");
}

class SetVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override { return QStringLiteral("set a measure's target or actual"); }

    int run(const QStringList& arguments) override
    {
        VerbParser verb(name(),
                        QStringLiteral("Sets a measure's target or actual of one fiscal year and period, with a note. "
                                       "Words instead of a number (\u201cnot yet reported\u201d) are kept as the reason "
                                       "there is none. An approved plan's measures accept only their latest actual "
                                       "and their next target (exit code 4 otherwise)."),
                        QStringLiteral("FILE"));
        verb.parser().addOptions(
            {{QStringLiteral("measure"), QStringLiteral("The measure's id (yardstick list --json)."), QStringLiteral("ID")},
             {QStringLiteral("fiscal-year"), QStringLiteral("The fiscal year, such as FY27."), QStringLiteral("FY")},
             {QStringLiteral("period"), QStringLiteral("Q1, Q2, Q3, Q4 or annual (default)."), QStringLiteral("P"),
              QStringLiteral("annual")},
             {QStringLiteral("target"), QStringLiteral("The target."), QStringLiteral("N")},
             {QStringLiteral("actual"), QStringLiteral("The actual."), QStringLiteral("N")},
             {QStringLiteral("note"), QStringLiteral("The target's rationale or the actual's explanation."),
              QStringLiteral("TEXT")}});
        if (auto stop = verb.parse(arguments, 1, 1))
            return *stop;
        int exitCode = 0;
        const auto measureId = idOption(verb, QStringLiteral("measure"), exitCode);
        if (exitCode)
            return exitCode;
        if (!measureId)
            return Console::usage(name(), QStringLiteral("name the measure with --measure ID."));
        const auto year = verb.fiscalYearOption(QStringLiteral("fiscal-year"));
        if (!year || !*year)
            return Console::usage(name(), QStringLiteral("--fiscal-year must be a fiscal year such as FY27."));
        const auto period = fromCode<Period>(verb.parser().value(QStringLiteral("period")));
        if (!period)
            return Console::usage(name(), QStringLiteral("--period must be one of Q1, Q2, Q3, Q4, annual."));
        const bool target = verb.parser().isSet(QStringLiteral("target"));
        const bool actual = verb.parser().isSet(QStringLiteral("actual"));
        if (target == actual)
            return Console::usage(name(), QStringLiteral("give one of --target N or --actual N."));

        auto open = OpenPlan::forWriting(verb.positional().first());
        if (!open)
            return open.exitCode;
        auto snapshot = storage::PlanSnapshot::load(*open.file);
        if (!snapshot)
            return Console::fail(snapshot.error());
        const Measure* measure = snapshot->measure(*measureId);
        if (!measure)
            return Console::usage(name(), QStringLiteral("there is no measure %1 in %2; `yardstick list --json` shows "
                                                         "the ids.")
                                              .arg(*measureId)
                                              .arg(open.file->path()));
        Value before;
        before.measureId = measure->id;
        before.fiscalYear = *year;
        before.period = *period;
        for (const Value& v : snapshot->valuesOf(measure->id))
            if (v.fiscalYear == *year && v.period == *period)
                before = v;
        Value after = before;
        Figure& figure = target ? after.target : after.actual;
        setFigure(figure, verb.parser().value(target ? QStringLiteral("target") : QStringLiteral("actual")));
        if (verb.parser().isSet(QStringLiteral("note")))
            figure.note = verb.parser().value(QStringLiteral("note"));
        if (auto allowed = review::EditGuard::mayEditValue(*snapshot, before, after); !allowed) {
            Error error = allowed.error();
            error.file = open.file->path();
            return Console::fail(error);
        }
        storage::MeasureRepository measures(*open.file);
        if (auto status = measures.setValue(after); !status)
            return Console::fail(status.error());
        const Figure& old = target ? before.target : before.actual;
        Console::out(QStringLiteral("Measure #%1 %2 %3 %4: %5 (was %6).\n")
                         .arg(measure->id)
                         .arg(FiscalYear(*year).label(), code(*period),
                              target ? QStringLiteral("target") : QStringLiteral("actual"), figureText(figure),
                              figureText(old)));
        return Done;
    }
};

} // namespace

std::unique_ptr<Verb> makeSetVerb()
{
    return std::make_unique<SetVerb>();
}

} // namespace ys::cli
