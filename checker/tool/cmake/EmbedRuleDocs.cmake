# Writes OUTPUT, a C++ fragment with one entry per page of the rule
# documentation (DOCS_DIR/*.md):
#   {"DuplicateDeregister", R"wskdoc(...)wskdoc" R"wskdoc(...)wskdoc"},
# so wskcheck carries the pages wherever it is installed (--explain <rule>,
# SARIF help). Pieces stay short: MSVC limits the length of one literal.
# Run with cmake -DDOCS_DIR=... -DOUTPUT=... -P EmbedRuleDocs.cmake.
file(GLOB pages "${DOCS_DIR}/*.md")
list(SORT pages)
set(out "// Generated from ${DOCS_DIR} by EmbedRuleDocs.cmake; do not edit.\n")
foreach(page IN LISTS pages)
  get_filename_component(name "${page}" NAME_WE)
  file(READ "${page}" text)
  string(FIND "${text}" ")wskdoc\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${page} contains the literal's delimiter )wskdoc\"")
  endif()
  string(APPEND out "{\"${name}\",\n")
  # Pieces end at line breaks, so none splits a UTF-8 character.
  string(APPEND out "\"\"\n")
  set(rest "${text}")
  while(NOT rest STREQUAL "")
    string(LENGTH "${rest}" length)
    set(cut ${length})
    if(length GREATER 1500)
      string(SUBSTRING "${rest}" 1500 -1 tail)
      string(FIND "${tail}" "\n" newline)
      if(NOT newline EQUAL -1)
        math(EXPR cut "1500 + ${newline} + 1")
      endif()
    endif()
    string(SUBSTRING "${rest}" 0 ${cut} piece)
    string(SUBSTRING "${rest}" ${cut} -1 rest)
    string(APPEND out "R\"wskdoc(${piece})wskdoc\"\n")
  endwhile()
  string(APPEND out "},\n")
endforeach()
# Rewritten only when it changes, so an unchanged page rebuilds nothing.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
  if(old STREQUAL out)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${out}")
