#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its headers then clash with Foundation's ICU module
// (PLATFORM-NOTES P1). Nothing here needs the ICU-only fields.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

// xmlFree is a global function pointer, which Swift 6 refuses as shared mutable state (P3).
static inline void cxml_free(void *p) { xmlFree(p); }

// xmlParserVersion may be a macro over a per-thread global; one call site reads it for Swift.
static inline const char *cxml_parser_version(void) { return xmlParserVersion; }
