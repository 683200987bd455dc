# SPDX-License-Identifier: GPL-3.0-or-later
# yardstick_warnings(target): the project's warning set, applied per target.
function(yardstick_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endfunction()
