# A suite with one test of each outcome, for test/docs/lit-summary.test.
import lit.formats

config.name = "mini"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".test"]
