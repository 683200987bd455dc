// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanLayout.h"

#include "MeasureTable.h"
#include "TableLayout.h"

#include "domain/FiscalYear.h"

#include <QLocale>

namespace ys::report::pdf {
namespace {

const QColor Grey(0x55, 0x55, 0x55);
const QColor Accent(0x1f, 0x3a, 0x5f);
constexpr double ChartHeight = 150;
constexpr double ChartGap = 14;

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString stateText(const Plan& plan)
{
    return QStringLiteral("%1 (version %2)").arg(label(plan.state)).arg(plan.version);
}

QString roleText(KeyPerson::Role role)
{
    switch (role) {
    case KeyPerson::Role::ServiceLead:
        return QStringLiteral("Service lead");
    case KeyPerson::Role::DataLead:
        return QStringLiteral("Data lead");
    case KeyPerson::Role::Other:
        break;
    }
    return QStringLiteral("Other");
}

} // namespace

PlanLayout::PlanLayout(PageFlow& flow, const BookContent& book, Options options)
    : m_flow(flow), m_book(book), m_options(options)
{
}

QString PlanLayout::runningHeader(const PlanContent& plan)
{
    return QStringLiteral("%1 \u00b7 %2 performance plan").arg(plan.owner.name, FiscalYear(plan.plan.cycle).label());
}

void PlanLayout::layOut(const PlanContent& plan)
{
    m_flow.setContext(runningHeader(plan), !plan.approved());
    if (m_options.fullCover)
        cover(plan);
    m_flow.newPage();
    opener(plan);
    overview(plan);
    goals(plan);
    services(plan);
    risks(plan);
    personnel(plan);
}

void PlanLayout::cover(const PlanContent& plan)
{
    m_flow.newPage();
    const PageGeometry& g = m_flow.geometry();
    m_flow.advance(g.body.height() * 0.28);
    m_flow.paragraph(plan.owner.name, FontRole::CoverTitle, 0, Accent, 10);
    if (plan.agency.displayName() != plan.owner.name)
        m_flow.paragraph(plan.agency.displayName(), FontRole::CoverSubtitle, 0, Grey, 6);
    m_flow.paragraph(QStringLiteral("%1 Performance Plan").arg(FiscalYear(plan.plan.cycle).label()),
                     FontRole::CoverSubtitle, 0, Qt::black, 24);
    m_flow.rule(1.2, Accent);
    labelled(QStringLiteral("Status"), stateText(plan.plan));
    labelled(QStringLiteral("Plan date"), plan.plan.planDate.isValid() ? dateText(plan.plan.planDate)
                                                                       : QStringLiteral("not set"));
    labelled(QStringLiteral("Published"), dateText(m_options.date));
    if (!plan.plan.contact.isEmpty())
        labelled(QStringLiteral("Contact"), plan.plan.contact);
    if (!plan.plan.website.isEmpty())
        labelled(QStringLiteral("Website"), plan.plan.website);
}

void PlanLayout::opener(const PlanContent& plan)
{
    m_flow.heading(plan.owner.name, FontRole::Heading1, 40, 0, 2, 0);
    QStringList facts;
    if (plan.agency.displayName() != plan.owner.name)
        facts << plan.agency.displayName();
    facts << QStringLiteral("%1 plan").arg(FiscalYear(plan.plan.cycle).label())
          << QStringLiteral("Status: %1").arg(stateText(plan.plan));
    if (plan.plan.planDate.isValid())
        facts << dateText(plan.plan.planDate);
    m_flow.paragraph(facts.join(QStringLiteral(" \u00b7 ")), FontRole::Body, 0, Grey, 2);
    if (plan.plan.illustrative)
        m_flow.paragraph(QStringLiteral("The narrative sections of this plan are illustrative."), FontRole::Small,
                         0, Grey, 2);
    m_flow.rule(1.0, Accent);
}

void PlanLayout::labelled(const QString& label, const QString& text)
{
    const double labelWidth = 90;
    const QStringList lines = m_flow.type().wrap(text, FontRole::Body, m_flow.width() - labelWidth);
    m_flow.ensure(m_flow.type().lineHeight(FontRole::Body));
    m_flow.textAt(m_flow.left(), m_flow.y() + m_flow.type().ascent(FontRole::Body), label, FontRole::BodyBold);
    for (const QString& line : lines) {
        m_flow.ensure(m_flow.type().lineHeight(FontRole::Body));
        m_flow.textAt(m_flow.left() + labelWidth, m_flow.y() + m_flow.type().ascent(FontRole::Body), line,
                      FontRole::Body);
        m_flow.advance(m_flow.type().lineHeight(FontRole::Body));
    }
    m_flow.advance(3);
}

void PlanLayout::text(const QString& text)
{
    if (text.trimmed().isEmpty())
        none(QStringLiteral("Not provided."));
    else
        m_flow.paragraph(text, FontRole::Body, 0, Qt::black, 6);
}

void PlanLayout::none(const QString& what)
{
    m_flow.paragraph(what, FontRole::Body, 0, Grey, 6);
}

void PlanLayout::overview(const PlanContent& plan)
{
    const double keep = 3 * m_flow.type().lineHeight(FontRole::Body);
    m_flow.heading(QStringLiteral("Agency overview"), FontRole::Heading2, keep);
    text(plan.plan.overview);
    m_flow.heading(QStringLiteral("Vision"), FontRole::Heading2, keep);
    text(plan.plan.vision);
    if (!plan.plan.visionLink.trimmed().isEmpty()) {
        m_flow.heading(QStringLiteral("Link to the Mayor's Action Plan"), FontRole::Heading3, keep);
        m_flow.paragraph(plan.plan.visionLink, FontRole::Body, 0, Qt::black, 6);
    }
}

void PlanLayout::goals(const PlanContent& plan)
{
    const double keep = 3 * m_flow.type().lineHeight(FontRole::Body);
    m_flow.heading(QStringLiteral("Goals"), FontRole::Heading2, keep);
    if (plan.goals.empty() && plan.otherKpis.empty()) {
        none(QStringLiteral("No goals stated."));
        return;
    }
    int number = 0;
    for (const GoalContent& goal : plan.goals) {
        m_flow.heading(QStringLiteral("Goal %1: %2").arg(++number).arg(goal.goal.statement), FontRole::Heading3, keep);
        if (!goal.pillarGoal.isEmpty())
            m_flow.paragraph(QStringLiteral("Pillar goal: %1 (%2 link)")
                                 .arg(goal.pillarGoal, goal.goal.primaryLink ? QStringLiteral("primary")
                                                                             : QStringLiteral("secondary")),
                             FontRole::Body, 0, Grey, 4);
        if (!goal.initiatives.empty()) {
            TableLayout table(m_flow, {{QStringLiteral("Initiative"), 34}, {QStringLiteral("Owner"), 16},
                                       {QStringLiteral("Start"), 10}, {QStringLiteral("End"), 10},
                                       {QStringLiteral("Status"), 11}});
            for (const Initiative& i : goal.initiatives) {
                const QString start = i.start.isValid() ? i.start.toString(Qt::ISODate) : QStringLiteral("not set");
                const QString end = i.end.isValid() ? i.end.toString(Qt::ISODate) : QStringLiteral("not set");
                table.addRow({TableCell{i.title, FontRole::TableBold, Qt::AlignLeft, {}, i.description},
                              TableCell{i.owner}, TableCell{start}, TableCell{end}, TableCell{label(i.status)}});
            }
            table.finish();
        }
        if (!goal.kpis.empty()) {
            m_flow.heading(QStringLiteral("Key performance indicators"), FontRole::BodyBold, keep, 2, 2);
            measures(goal.kpis);
        }
    }
    if (!plan.otherKpis.empty()) {
        m_flow.heading(QStringLiteral("Agency-level indicators"), FontRole::Heading3, keep);
        measures(plan.otherKpis);
    }
}

void PlanLayout::services(const PlanContent& plan)
{
    const double keep = 3 * m_flow.type().lineHeight(FontRole::Body);
    m_flow.heading(QStringLiteral("Services"), FontRole::Heading2, keep);
    if (plan.services.empty()) {
        none(QStringLiteral("No service measures in this plan."));
        return;
    }
    for (const ServiceContent& service : plan.services) {
        m_flow.heading(service.service.displayName(), FontRole::Heading3, keep, 10, 3, 1);
        if (!service.service.description.trimmed().isEmpty())
            m_flow.paragraph(service.service.description, FontRole::Body, 0, Qt::black, 5);
        measures(service.measures);
        if (m_options.charts)
            charts(service.measures);
    }
}

void PlanLayout::measures(const std::vector<RowId>& ids)
{
    MeasureTable source(m_book.snapshot, ids, m_book.cycle);
    TableLayout table(m_flow, source.columns());
    for (RowId id : ids)
        table.addRow(source.row(id));
    table.finish();
}

void PlanLayout::charts(const std::vector<RowId>& ids)
{
    const double width = (m_flow.width() - ChartGap) / 2;
    for (size_t i = 0; i < ids.size(); i += 2) {
        m_flow.ensure(ChartHeight);
        for (size_t j = i; j < std::min(ids.size(), i + 2); ++j) {
            const double x = m_flow.left() + double(j - i) * (width + ChartGap);
            m_flow.page().charts.push_back(ChartItem{QRectF(x, m_flow.y(), width, ChartHeight), ids[j]});
        }
        m_flow.advance(ChartHeight + 8);
    }
}

void PlanLayout::risks(const PlanContent& plan)
{
    const double keep = 3 * m_flow.type().lineHeight(FontRole::Body);
    m_flow.heading(QStringLiteral("Risks and dependencies"), FontRole::Heading2, keep);
    if (plan.risks.empty()) {
        none(QStringLiteral("None stated."));
        return;
    }
    TableLayout table(m_flow, {{QStringLiteral("Category"), 14}, {QStringLiteral("Risk or dependency"), 43},
                               {QStringLiteral("Mitigation"), 43}});
    for (const Risk& r : plan.risks)
        table.addRow({TableCell{label(r.category)}, TableCell{r.description}, TableCell{r.mitigation}});
    table.finish();
}

void PlanLayout::personnel(const PlanContent& plan)
{
    const double keep = 3 * m_flow.type().lineHeight(FontRole::Body);
    m_flow.heading(QStringLiteral("Key personnel"), FontRole::Heading2, keep);
    if (plan.people.empty()) {
        none(QStringLiteral("None listed."));
        return;
    }
    TableLayout table(m_flow, {{QStringLiteral("Role"), 14}, {QStringLiteral("Name"), 24},
                               {QStringLiteral("Title"), 32}, {QStringLiteral("Service"), 30}});
    for (const KeyPerson& p : plan.people) {
        const Service* service = m_book.snapshot.service(p.serviceId);
        table.addRow({TableCell{roleText(p.role)}, TableCell{p.name}, TableCell{p.title},
                      TableCell{service ? service->displayName() : QStringLiteral("Agency-wide")}});
    }
    table.finish();
}

} // namespace ys::report::pdf
