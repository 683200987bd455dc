// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Verb.h"

#include <memory>
#include <vector>

namespace ys::cli {

// Every verb of the command line, in the order --help lists them: registered in one place.
std::vector<std::unique_ptr<Verb>> allVerbs();

std::unique_ptr<Verb> makeNewVerb();
std::unique_ptr<Verb> makeInfoVerb();
std::unique_ptr<Verb> makeListVerb();
std::unique_ptr<Verb> makeCheckVerb();
std::unique_ptr<Verb> makeImportVerb();
std::unique_ptr<Verb> makeExportVerb();
std::unique_ptr<Verb> makeReviewVerb();
std::unique_ptr<Verb> makeSetVerb();
std::unique_ptr<Verb> makeDiffVerb();

} // namespace ys::cli
