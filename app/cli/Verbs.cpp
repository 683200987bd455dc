// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verbs.h"

namespace ys::cli {

std::vector<std::unique_ptr<Verb>> allVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(makeNewVerb());
    verbs.push_back(makeImportVerb());
    verbs.push_back(makeInfoVerb());
    verbs.push_back(makeListVerb());
    verbs.push_back(makeCheckVerb());
    verbs.push_back(makeExportVerb());
    verbs.push_back(makeReviewVerb());
    verbs.push_back(makeSetVerb());
    verbs.push_back(makeDiffVerb());
    return verbs;
}

} // namespace ys::cli
