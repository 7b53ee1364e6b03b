#!/bin/sh
# lit-summary.sh <lit output>: the closing "N passed, N failed" line of
# scripts/run-tests.sh, from the counts in lit's summary. lit pads its labels
# to the longest one ("  Passed     : 113 (92.62%)"), so the label is matched
# up to the colon, whatever the padding.
exec awk '
  /^Total Discovered Tests:/ { summary = 1; next }
  summary && /^  [A-Za-z][A-Za-z ]*: *[0-9]+/ {
    label = $0; sub(/^  /, "", label); sub(/ *:.*/, "", label)
    count = $0; sub(/^[^:]*: */, "", count); sub(/ .*/, "", count)
    if (label == "Passed" || label == "Passed With Retry" ||
        label == "Expectedly Failed")
      passed += count
    else if (label == "Failed" || label == "Unexpectedly Passed" ||
             label == "Unresolved" || label == "Timed Out")
      failed += count
  }
  END { printf "%d passed, %d failed\n", passed, failed }
' "$@"
