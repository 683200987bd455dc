# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DCPACK=... -DCONFIG=CPackConfig.cmake -DOUT=dir -P BuildPackage.cmake: a fresh .deb in OUT.
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
execute_process(COMMAND ${CPACK} --config ${CONFIG} -G DEB -B ${OUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cpack failed (${result})")
endif()
file(GLOB debs ${OUT}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "cpack made ${count} .deb files in ${OUT}, not one")
endif()
message(STATUS "built ${debs}")
