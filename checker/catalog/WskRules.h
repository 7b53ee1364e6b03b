/* The rule catalog as C data; see WskRules.def. Usable from C and C++. */
#ifndef WSKCHECK_CATALOG_WSKRULES_H
#define WSKCHECK_CATALOG_WSKRULES_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum WskRuleId {
#define WSK_RULE(Id, Level, Summary, Description) WskRule_##Id,
#include "WskRules.def"
  WskRule_Count
} WskRuleId;

typedef struct WskRuleInfo {
  const char *Name;        /* "wsk.MissingDeregister" */
  const char *ShortName;   /* "MissingDeregister" */
  const char *Level;       /* SARIF default level */
  const char *Summary;
  const char *Description;
} WskRuleInfo;

/* Indexed by WskRuleId. */
static const WskRuleInfo WskRuleCatalog[WskRule_Count] = {
#define WSK_RULE(Id, Level, Summary, Description)                              \
  {"wsk." #Id, #Id, Level, Summary, Description},
#include "WskRules.def"
};

/* Relative path of a rule's documentation page in the source tree. */
#define WSK_RULE_DOC_DIR "docs/rules/"

#ifdef __cplusplus
}
#endif

#endif
