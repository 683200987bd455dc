# SPDX-License-Identifier: GPL-3.0-or-later
# yardstick_add_test(NAME area SOURCES ... LIBS ... [GUI]): one Catch2 executable per area, discovered
# by ctest. GUI gives the tests a QApplication (widgets, charts) instead of a QCoreApplication.
include(Catch)
function(yardstick_add_test)
  cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
  add_executable(test_${T_NAME} ${T_SOURCES} ${CMAKE_SOURCE_DIR}/tests/support/TestMain.cpp)
  target_link_libraries(test_${T_NAME} PRIVATE Catch2::Catch2 yardstick_testsupport ${T_LIBS})
  if(T_GUI)
    target_compile_definitions(test_${T_NAME} PRIVATE YS_TEST_GUI)
    target_link_libraries(test_${T_NAME} PRIVATE Qt6::Widgets)
  endif()
  yardstick_warnings(test_${T_NAME})
  catch_discover_tests(test_${T_NAME}
    PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=/tmp")
endfunction()
