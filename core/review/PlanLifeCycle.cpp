// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanLifeCycle.h"

namespace ys::review {
namespace {

Error refused(const QString& sentence)
{
    return Error::make(Error::Code::WriteRefused, sentence);
}

} // namespace

QString code(Decision decision)
{
    switch (decision) {
    case Decision::Submit: return QStringLiteral("submit");
    case Decision::StartReview: return QStringLiteral("start_review");
    case Decision::Return: return QStringLiteral("return");
    case Decision::Approve: return QStringLiteral("approve");
    case Decision::Publish: return QStringLiteral("publish");
    }
    return {};
}

std::optional<Decision> decisionFromCode(const QString& text)
{
    for (Decision d : {Decision::Submit, Decision::StartReview, Decision::Return, Decision::Approve, Decision::Publish})
        if (code(d) == text)
            return d;
    return std::nullopt;
}

Result<LifeCycle> nextState(LifeCycle from, Decision decision)
{
    const QString state = label(from).toLower();
    switch (decision) {
    case Decision::Submit:
        if (from == LifeCycle::Draft)
            return LifeCycle::Submitted;
        if (from == LifeCycle::Returned)
            return LifeCycle::Resubmitted;
        return refused(QStringLiteral("the plan is %1; only a draft or a returned plan can be submitted.").arg(state));
    case Decision::StartReview:
        if (from == LifeCycle::Submitted || from == LifeCycle::Resubmitted)
            return LifeCycle::InReview;
        return refused(QStringLiteral("the plan is %1; a review starts on a submitted or resubmitted plan.").arg(state));
    case Decision::Return:
        if (from == LifeCycle::Submitted || from == LifeCycle::InReview || from == LifeCycle::Resubmitted)
            return LifeCycle::Returned;
        return refused(QStringLiteral("the plan is %1; only a submitted plan, or one in review, can be returned.").arg(state));
    case Decision::Approve:
        if (from == LifeCycle::Submitted || from == LifeCycle::InReview || from == LifeCycle::Resubmitted)
            return LifeCycle::Approved;
        return refused(QStringLiteral("the plan is %1; only a submitted plan, or one in review, can be approved.").arg(state));
    case Decision::Publish:
        if (from == LifeCycle::Approved)
            return LifeCycle::Published;
        return refused(QStringLiteral("the plan is %1; only an approved plan can be published.").arg(state));
    }
    return refused(QStringLiteral("unknown decision."));
}

bool makesNewVersion(LifeCycle from, Decision decision)
{
    return decision == Decision::Submit && from == LifeCycle::Returned;
}

bool isLocked(LifeCycle state)
{
    return state == LifeCycle::Approved || state == LifeCycle::Published;
}

} // namespace ys::review
