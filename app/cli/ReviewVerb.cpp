// SPDX-License-Identifier: GPL-3.0-or-later
// yardstick review SUBCOMMAND ...: flags, comments, scores, decisions, and review files.
#include "Console.h"
#include "ExitCode.h"
#include "ReviewCommands.h"
#include "VerbParser.h"
#include "Verbs.h"

namespace ys::cli {
namespace {

struct Subcommand
{
    const char* name;
    const char* usage;
    int (*run)(const QStringList&);
};

const Subcommand kSubcommands[] = {
    {"flag", "FILE --measure ID --kind KIND [--comment TEXT] [--dismiss]", review::flag},
    {"comment", "FILE (--measure ID [--fiscal-year FY --period P] | --plan OWNER [--section NAME]) --text TEXT "
                "[--change-required]",
     review::comment},
    {"resolve", "FILE --comment ID --answer TEXT", review::resolve},
    {"score", "FILE --plan OWNER --criterion CODE --score 1-4 [--note TEXT]", review::score},
    {"decide", "FILE --plan OWNER (--submit | --return | --approve | --publish) [--note TEXT]", review::decide},
    {"list", "FILE [--plan OWNER] [--json]", review::list},
    {"export", "FILE OUT.yardstick-review [--plan OWNER]", review::exportReview},
    {"merge", "FILE REVIEW [--dry-run] [--json]", review::merge},
};

class ReviewVerb : public Verb
{
public:
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override { return QStringLiteral("flag, comment, score, return or approve a plan; review files"); }

    int run(const QStringList& arguments) override
    {
        const QString sub = arguments.value(0);
        for (const Subcommand& s : kSubcommands)
            if (sub == QLatin1String(s.name))
                return s.run(arguments.mid(1));
        if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
            Console::out(help());
            return sub.isEmpty() ? WrongUsage : Done;
        }
        return Console::usage(name(), QStringLiteral("unknown subcommand \u201c%1\u201d.").arg(sub));
    }

private:
    static QString help()
    {
        QString text = QStringLiteral("Usage: yardstick review SUBCOMMAND ...\n\nThe review of plans, offline: flags, "
                                      "comments, rubric scores, decisions; a review travels as a\n*.yardstick-review "
                                      "file and is merged back without loss.\n\n");
        for (const Subcommand& s : kSubcommands)
            text += QStringLiteral("  yardstick review %1 %2\n").arg(QLatin1String(s.name), QLatin1String(s.usage));
        text += QStringLiteral("\n'yardstick review SUBCOMMAND --help' describes one.\n\n") + VerbParser::exitCodesText() +
                QStringLiteral("\n");
        return text;
    }
};

} // namespace

std::unique_ptr<Verb> makeReviewVerb()
{
    return std::make_unique<ReviewVerb>();
}

} // namespace ys::cli
