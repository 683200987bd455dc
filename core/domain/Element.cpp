// SPDX-License-Identifier: GPL-3.0-or-later
#include "Measure.h"

#include <utility>

namespace ys {
namespace {

struct ElementText
{
    Element element;
    const char* code;
    const char* label;
};

constexpr std::array<ElementText, ElementCount> elementTexts{{
    {Element::Description, "description", "Description"},
    {Element::DataSource, "data_source", "Data source"},
    {Element::DataOwner, "data_owner", "Data owner or steward"},
    {Element::UpdateFrequency, "update_frequency", "Update frequency"},
    {Element::ContextRequired, "context_required", "Context required"},
    {Element::DataLocation, "data_location", "Data location"},
    {Element::CollectionMethod, "collection_method", "Method of collection"},
    {Element::Formula, "formula", "Formula"},
    {Element::Disaggregation, "disaggregation", "Disaggregation"},
    {Element::DataUse, "data_use", "How the data is used"},
    {Element::Meaning, "meaning", "Why it is meaningful"},
    {Element::Proxy, "proxy", "Proxy"},
    {Element::MeasurementImprovement, "measurement_improvement", "Measurement improvement"},
}};

} // namespace

QString code(Element element)
{
    return QString::fromLatin1(elementTexts[static_cast<int>(element)].code);
}

QString label(Element element)
{
    return QString::fromLatin1(elementTexts[static_cast<int>(element)].label);
}

std::optional<Element> elementFromCode(const QString& text)
{
    for (const auto& e : elementTexts)
        if (text == QLatin1String(e.code))
            return e.element;
    return std::nullopt;
}

} // namespace ys
