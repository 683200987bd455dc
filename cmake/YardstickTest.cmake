# SPDX-License-Identifier: GPL-3.0-or-later
# yardstick_add_test(NAME area SOURCES ... LIBS ... [GUI] [PROPERTIES ...]): one Catch2 executable per
# area, discovered by ctest. GUI gives the tests a QApplication (widgets, charts) instead of a
# QCoreApplication. PROPERTIES are more ctest properties for every test of the area (e.g. a fixture).
include(Catch)
function(yardstick_add_test)
  cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS;PROPERTIES" ${ARGN})
  add_executable(test_${T_NAME} ${T_SOURCES} ${CMAKE_SOURCE_DIR}/tests/support/TestMain.cpp)
  target_link_libraries(test_${T_NAME} PRIVATE Catch2::Catch2 yardstick_testsupport ${T_LIBS})
  if(T_GUI)
    target_compile_definitions(test_${T_NAME} PRIVATE YS_TEST_GUI)
    target_link_libraries(test_${T_NAME} PRIVATE Qt6::Widgets)
  endif()
  yardstick_warnings(test_${T_NAME})
  # T_PROPERTIES go first: catch_discover_tests flattens the ENVIRONMENT list into separate words,
  # so whatever follows it is read as the wrong name/value pairs (its XDG_RUNTIME_DIR is lost so).
  catch_discover_tests(test_${T_NAME}
    PROPERTIES ${T_PROPERTIES} ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=/tmp")
endfunction()
