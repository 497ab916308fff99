// The ambiguity rules of skill extraction: one table of names with their written forms, policy, cue and
// veto words, and the small amount of text reading they need (the word before or after a mention, what
// lies between two mentions). See skillambiguity.h and docs/skills.md ("Extraction").
#include "skills/skillambiguity.h"

#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace jobdesk {
namespace {

enum class Evidence : quint8
{
    None, // kept unless vetoed
    Case, // the written form is evidence enough
    Near, // a cue word, or another skill within five words of the same sentence
    List, // a name-specific cue, or another skill next to it in a list
};

// One name. Word lists are '|'-separated and lower-case; `forms` are the exact written forms accepted
// (empty: any case), and a leading '=' makes them strict: no other spelling is accepted even in a list
// ("Python, R, etc." must not find ETC, nor "can" CAN bus). "#year" in a veto list stands for a year
// such as 2026 ("Spring 2026").
struct NameRow
{
    const char *name; // folded (lower-case)
    const char *forms;
    Evidence evidence;
    const char *cuesBefore = "";
    const char *cuesAfter = "";
    const char *vetoBefore = "";
    const char *vetoAfter = "";
};

// clang-format off
const NameRow kNames[] = {
    // Programming languages that are also words or names.
    {"go", "Go|GO", Evidence::Near, "", "", "let|lets|let's|will|can|must|should|would|could|might|we|you|i|they",
     "to|ahead|live|beyond|above|far|further|back|out|through|get|for|big|green|home|online|into|over|public"},
    {"r", "R", Evidence::Near, "", "studio|shiny|markdown|package|packages|script|scripts|tidyverse",
     "form|section|schedule|part|appendix|exhibit|item|class|grade|type|category|mr|dr|ms|mrs", ""},
    {"c", "C", Evidence::Near, "", "",
     "grade|vitamin|type|class|level|section|plan|part|series|category|block|tier|option|schedule|appendix|"
     "exhibit|group|item|form|unit|building|floor|room|hall|suite|size|shift|team|phase|mr|dr|ms|mrs",
     "level|suite|corp|corporation|class|grade|shift|team|block|section"},
    {"swift", "Swift", Evidence::Near, "", "ui", "taylor",
     "response|responses|action|actions|turnaround|resolution|decision|decisions|delivery|execution|manner|"
     "payment|payments|transfer|transfers|mt|gpi|network|message|messages|messaging|code|codes|bic"},
    {"rust", "Rust", Evidence::Near, "", "", "", "belt|proof|prevention|removal|resistant|resistance|inhibitor"},
    {"spark", "Spark|SPARK", Evidence::Near, "apache|py", "sql|streaming|mllib", "creative|little|that",
     "joy|creativity|curiosity|interest|innovation|ideas|idea|conversation|conversations|change|growth|"
     "imagination|inspiration|passion|excitement|debate|discussion|new"},
    {"java", "", Evidence::None, "", "", "island|east|west|central|north|south",
     "island|sea|coffee|script"},
    {"ruby", "Ruby", Evidence::Near},
    {"dart", "Dart", Evidence::Near, "", "", "", "board|boards"},
    {"julia", "Julia", Evidence::Near},
    {"elixir", "Elixir", Evidence::Near},
    {"ada", "Ada", Evidence::Near},
    {"pascal", "Pascal", Evidence::Near},
    {"elm", "Elm", Evidence::Near, "", "", "", "street|st|tree|trees"},
    {"crystal", "Crystal", Evidence::List, "", "lang", "", "clear|reports"},
    {"nim", "Nim", Evidence::List},
    {"scheme", "Scheme", Evidence::List},
    {"basic", "BASIC", Evidence::List, "visual", ""},
    {"groovy", "Groovy", Evidence::Near},
    {"assembly", "Assembly", Evidence::Near, "", "language", "",
     "line|lines|worker|workers|technician|technicians|plant|hall|member|members|room"},
    // Style sheets and build tools.
    {"less", "Less|LESS", Evidence::List},
    {"sass", "Sass|SASS", Evidence::Near},
    {"stylus", "Stylus", Evidence::List},
    {"make", "Make", Evidence::List, "gnu", "file|files"},
    {"ant", "Ant|ANT", Evidence::List, "apache", "build|builds|script|scripts|task|tasks"},
    {"ninja", "Ninja", Evidence::List, "", "build"},
    {"boost", "Boost", Evidence::List, "", "library|libraries|asio|graph"},
    {"conan", "Conan", Evidence::Near},
    {"bootstrap", "Bootstrap", Evidence::Near, "", "", "", "funded|yourself|the|a"},
    {"parcel", "Parcel", Evidence::List},
    {"babel", "Babel", Evidence::List},
    {"rollup", "Rollup", Evidence::List},
    // Configuration management and infrastructure.
    {"chef", "Chef", Evidence::List, "", "cookbook|cookbooks|recipe|recipes|infra|inspec|server",
     "sous|head|pastry|executive|private|line|commis|junior|senior|de|sushi|kitchen", ""},
    {"puppet", "Puppet", Evidence::List, "", "manifest|manifests|module|modules|enterprise"},
    {"salt", "Salt", Evidence::List, "", "stack"},
    {"helm", "Helm", Evidence::Near, "", "chart|charts", "the|at", ""},
    {"vault", "Vault", Evidence::Near, "hashicorp", "", "the|a|bank", ""},
    {"consul", "Consul", Evidence::Near, "hashicorp", "", "the|a|general|honorary", ""},
    {"nomad", "Nomad", Evidence::Near, "hashicorp", "", "digital|a|the", ""},
    {"shell", "", Evidence::Near, "", "script|scripts|scripting", "egg|royal",
     "company|companies|oil|plc|energy|gas|station|stations|corporation|group"},
    {"windows", "Windows", Evidence::Case},
    {"vim", "Vim", Evidence::Near},
    {"lambda", "Lambda", Evidence::Near, "aws|amazon", "function|functions"},
    {"glue", "Glue", Evidence::List, "aws", ""},
    {"athena", "Athena", Evidence::List, "aws|amazon", ""},
    {"spanner", "Spanner", Evidence::Near, "cloud", ""},
    {"elastic", "Elastic", Evidence::Near, "", "stack|search|cloud"},
    // Frameworks and libraries.
    {"express", "Express", Evidence::List, "node", "js|framework|server|middleware", "american", ""},
    {"rails", "Rails", Evidence::Near, "", "", "guard|safety|hand|off", ""},
    {"spring", "Spring", Evidence::Near, "", "", "this|next|last|early|late|mid",
     "#year|break|semester|season|term|festival|cleaning|clean|sale|collection"},
    {"flask", "Flask", Evidence::Near},
    {"play", "Play", Evidence::List, "", "framework"},
    {"phoenix", "Phoenix", Evidence::List, "", "framework|liveview"},
    {"unity", "Unity", Evidence::Near, "", "3d|engine|editor", "", "in|of|among|between|within"},
    {"react", "React|REACT", Evidence::Case},
    {"angular", "Angular|ANGULAR", Evidence::Case},
    {"node", "Node", Evidence::Case},
    {"next", "Next", Evidence::List},
    {"nest", "Nest", Evidence::List},
    {"bun", "Bun", Evidence::List},
    {"ember", "Ember", Evidence::List},
    {"meteor", "Meteor", Evidence::List},
    {"backbone", "Backbone", Evidence::List},
    {"recoil", "Recoil", Evidence::List},
    {"mongoose", "Mongoose", Evidence::List},
    {"gatsby", "Gatsby", Evidence::List},
    {"hugo", "Hugo", Evidence::List},
    {"jekyll", "Jekyll", Evidence::List},
    {"ghost", "Ghost", Evidence::List},
    {"pug", "Pug", Evidence::List},
    {"jade", "Jade", Evidence::List},
    {"electron", "Electron", Evidence::Near},
    {"ionic", "Ionic", Evidence::Near},
    {"material", "Material", Evidence::List, "", "ui|design"},
    {"chakra", "Chakra", Evidence::List, "", "ui"},
    {"pyramid", "Pyramid", Evidence::Near},
    {"bottle", "Bottle", Evidence::List},
    {"tornado", "Tornado", Evidence::Near},
    {"celery", "Celery", Evidence::Near},
    {"camel", "Camel", Evidence::List, "apache", ""},
    {"jetty", "Jetty", Evidence::List},
    {"hibernate", "Hibernate", Evidence::Case},
    {"torch", "Torch", Evidence::List},
    {"caffe", "Caffe", Evidence::List},
    {"jax", "JAX", Evidence::Case},
    {"flutter", "Flutter", Evidence::Case},
    {"tailwind", "Tailwind", Evidence::Case},
    // Data tools.
    {"hive", "Hive", Evidence::Near, "apache", "ql|metastore", "the|a|bee", ""},
    {"pig", "Pig", Evidence::List, "apache", ""},
    {"storm", "Storm", Evidence::List, "apache", ""},
    {"beam", "Beam", Evidence::Near, "apache", ""},
    {"presto", "Presto", Evidence::Near},
    {"ray", "Ray", Evidence::List},
    {"dash", "Dash", Evidence::List, "plotly", ""},
    {"luigi", "Luigi", Evidence::List},
    {"prefect", "Prefect", Evidence::Near},
    {"shiny", "Shiny", Evidence::Near, "r", ""},
    {"superset", "Superset", Evidence::Near, "apache", ""},
    {"airflow", "Airflow", Evidence::Case},
    {"cassandra", "Cassandra", Evidence::Near, "apache", ""},
    {"looker", "Looker", Evidence::Case},
    {"snowflake", "Snowflake", Evidence::Case},
    {"dbt", "dbt", Evidence::Case},
    {"nats", "NATS", Evidence::Case},
    {"excel", "Excel|EXCEL", Evidence::Case, "ms|microsoft", "", "", "at|in|as|within"},
    // Office, collaboration and design tools.
    {"access", "Access", Evidence::List, "ms|microsoft", ""},
    {"word", "Word", Evidence::List, "ms|microsoft", ""},
    {"teams", "Teams", Evidence::List, "ms|microsoft", ""},
    {"office", "Office", Evidence::List, "ms|microsoft", "365|suite"},
    {"outlook", "Outlook", Evidence::List, "ms|microsoft", ""},
    {"project", "Project", Evidence::List, "ms|microsoft", ""},
    {"dynamics", "Dynamics", Evidence::List, "ms|microsoft", "365|crm"},
    {"slack", "Slack", Evidence::Case},
    {"zoom", "Zoom", Evidence::List},
    {"notion", "Notion", Evidence::List},
    {"monday", "Monday", Evidence::List},
    {"asana", "Asana", Evidence::List},
    {"linear", "Linear", Evidence::List},
    {"workday", "Workday", Evidence::Near},
    {"confluence", "Confluence", Evidence::Case},
    {"sketch", "Sketch", Evidence::Near, "", "", "", "out|up"},
    {"framer", "Framer", Evidence::Near},
    {"invision", "InVision", Evidence::Case},
    {"illustrator", "Illustrator", Evidence::Near, "adobe", ""},
    {"premiere", "Premiere", Evidence::List, "adobe", "pro"},
    {"blender", "Blender", Evidence::Near},
    {"maya", "Maya", Evidence::Near, "autodesk", ""},
    {"houdini", "Houdini", Evidence::Near},
    {"stripe", "Stripe", Evidence::Case},
    {"plaid", "Plaid", Evidence::List},
    // Testing and APIs.
    {"jest", "Jest", Evidence::Case},
    {"mocha", "Mocha", Evidence::List},
    {"chai", "Chai", Evidence::List},
    {"cypress", "Cypress", Evidence::Near, "", "", "", "ca|tx|california|texas"},
    {"postman", "Postman", Evidence::Near},
    {"swagger", "Swagger", Evidence::Case},
    {"rest", "REST", Evidence::Case},
    {"soap", "SOAP", Evidence::Case},
    {"mercurial", "Mercurial", Evidence::Near},
    // Practices.
    {"lean", "Lean", Evidence::Near},
    {"safe", "=SAFe", Evidence::Case},
    {"solid", "=SOLID", Evidence::Case},
    // Acronyms and product names that are ordinary words when written otherwise ("can", "etc",
    // "impact", "San Francisco", ".com", "fit", "case", "mean").
    {"can", "=CAN", Evidence::Case},
    {"etc", "=ETC", Evidence::List},
    {"impact", "=IMPACT", Evidence::List},
    {"san", "=SAN", Evidence::Near, "", "storage|switch|switches|fabric"},
    {"com", "=COM", Evidence::Near},
    {"fit", "=FIT", Evidence::List},
    {"case", "=CASE", Evidence::List, "", "tool|tools"},
    {"mean", "=MEAN", Evidence::Case, "", "stack"},
    {"arm", "=ARM", Evidence::Near, "", "cortex|architecture|processors|processor|assembly"},
    {"al", "=AL", Evidence::List},
    {"hip", "=HIP", Evidence::List},
    {"ec", "=eC", Evidence::Case},
    {"doe", "=DOE", Evidence::List},
    {"fsa", "=FSA", Evidence::List},
    {"pr", "=PR", Evidence::List, "", "agency|agencies|campaign|campaigns|strategy|communications"},
    {"blast", "=BLAST", Evidence::Case},
    {"profile", "=ProFile", Evidence::Case},
    {"contribute", "=Contribute", Evidence::List, "adobe", ""},
    {"fluent", "=Fluent", Evidence::List, "ansys", "",  "", "in|english|german|french|spanish|speaker"},
    {"segment", "=Segment", Evidence::List, "twilio", ""},
    {"flight", "=Flight", Evidence::List},
    {"molecule", "=Molecule", Evidence::List},
    {"forth", "=Forth", Evidence::List},
    {"scratch", "=Scratch", Evidence::List},
    {"reason", "=Reason", Evidence::List, "", "ml"},
    {"aspire", "=Aspire", Evidence::List},
    {"liquid", "=Liquid", Evidence::List},
    {"credo", "=Credo", Evidence::List},
    {"vapor", "=Vapor", Evidence::List},
    {"rocket", "=Rocket", Evidence::List},
    {"nix", "Nix", Evidence::List, "", "os|flakes"},
    {"bevy", "=Bevy", Evidence::List},
    {"flux", "=Flux", Evidence::List, "", "cd"},
    {"flex", "Flex", Evidence::List, "adobe|apache", ""},
    {"squirrel", "=Squirrel", Evidence::List},
    {"feathers", "=Feathers", Evidence::List},
    {"amp", "=AMP", Evidence::List},
    {"apex", "Apex", Evidence::Near, "salesforce", ""},
    {"velocity", "Velocity", Evidence::List, "apache", ""},
    {"rational", "Rational", Evidence::List, "ibm", ""},
    {"sheets", "Sheets", Evidence::List, "google", ""},
    {"captivate", "Captivate", Evidence::List, "adobe", ""},
    {"continuum", "Continuum", Evidence::List, "apache", ""},
    {"eclipse", "Eclipse", Evidence::Case},
    {"anaconda", "Anaconda", Evidence::Case},
    {"cucumber", "Cucumber", Evidence::Case},
    {"yarn", "Yarn|YARN", Evidence::Case},
    {"packer", "Packer", Evidence::Case},
    // Skills whose name is also the everyday word in listings' boilerplate: "reporting to the CTO",
    // "work authorization", "data integrity" (a data skill, not the soft skill).
    {"reporting", "", Evidence::None, "", "", "",
     "to|directly|into|line|lines|relationship|relationships|structure|structures|manager|managers"},
    {"authorization", "", Evidence::None, "", "", "work|employment|travel|prior|written|without|legal",
     "to|status|documents|document|form|forms|letter"},
    {"integrity", "", Evidence::None, "", "", "data|referential|signal|structural|system|file|message|academic",
     ""},
    // Aliases that name a general word: kept only among other skills.
    {"growth", "", Evidence::List},
    {"automation", "", Evidence::List},
    {"batch", "", Evidence::List},
    {"coffee", "", Evidence::List},
    {"classroom", "", Evidence::List},
    {"workspace", "", Evidence::List},
    {"terminal", "", Evidence::List},
    {"canvas", "", Evidence::List},
};
// clang-format on

// Cue words that say a Near name is the technology, whatever the name.
const char *const kCuesBefore = "in|with|using|use|of|like|including|especially|particularly|writing|write|"
                                "languages|language|frameworks|framework|tools|stack|knowledge|experience";
const char *const kCuesAfter =
    "developer|developers|development|engineer|engineers|engineering|programming|programmer|programmers|"
    "language|languages|lang|code|coding|codebase|codebases|experience|expertise|skills|knowledge|"
    "proficiency|stack|backend|scripting|script|scripts|framework|frameworks|library|libraries|ecosystem|"
    "service|services|microservice|microservices|api|apis|application|applications|app|apps|project|"
    "projects|module|modules|package|packages|toolchain|sdk|tooling|runtime|job|jobs|cluster|clusters|"
    "pipeline|pipelines|test|tests|testing|version|versions";

struct ViewHash
{
    using is_transparent = void;
    size_t operator()(std::u16string_view s) const { return std::hash<std::u16string_view>{}(s); }
};

// A '|'-separated word list. Words written in ASCII, nearly all, are looked up without allocating.
struct WordSet
{
    QSet<QString> words;
    std::unordered_set<std::u16string, ViewHash, std::equal_to<>> ascii; // the same words
    bool years = false;                                                  // "#year" is one of them

    bool isEmpty() const { return words.isEmpty(); }
};

WordSet wordSet(const char *words)
{
    WordSet set;
    for (const QString &word : QString::fromLatin1(words).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        set.words.insert(word);
        set.ascii.insert(word.toStdU16String());
    }
    set.years = set.words.contains(QStringLiteral("#year"));
    return set;
}

struct Rule
{
    QString name;
    QStringList forms;
    bool strictCase;
    Evidence evidence;
    WordSet cuesBefore, cuesAfter, vetoBefore, vetoAfter;
};

// No name of the table is longer (a mention is looked up without allocating).
constexpr qsizetype kLongestName = 16;

struct Rules
{
    std::vector<Rule> byName; // sorted by name
    WordSet cuesBefore = wordSet(kCuesBefore);
    WordSet cuesAfter = wordSet(kCuesAfter);
    // Bit c of starts[length] is set when a name of that length begins with the code unit c (< 128):
    // most mentions are ruled out without folding and searching.
    std::array<std::array<quint64, 2>, kLongestName + 1> starts{};

    Rules()
    {
        for (const NameRow &row : kNames) {
            Q_ASSERT(qstrlen(row.name) <= kLongestName);
            const QString forms = QString::fromLatin1(row.forms);
            const bool strict = forms.startsWith(u'=');
            byName.push_back({QString::fromLatin1(row.name),
                              QStringView(forms)
                                  .sliced(strict ? 1 : 0)
                                  .toString()
                                  .split(QLatin1Char('|'), Qt::SkipEmptyParts),
                              strict, row.evidence, wordSet(row.cuesBefore), wordSet(row.cuesAfter),
                              wordSet(row.vetoBefore), wordSet(row.vetoAfter)});
        }
        std::sort(byName.begin(), byName.end(), [](const Rule &a, const Rule &b) { return a.name < b.name; });
        for (const Rule &rule : byName) {
            const char16_t first = rule.name.front().unicode();
            Q_ASSERT(first < 128); // the table's names are ASCII
            starts[size_t(rule.name.size())][first / 64] |= quint64(1) << (first % 64);
        }
    }

    // Called for every mention: folds into a buffer on the stack and allocates nothing.
    const Rule *find(QStringView written) const
    {
        constexpr qsizetype longest = kLongestName;
        if (written.isEmpty() || written.size() > longest)
            return nullptr;
        const char32_t first = QChar::toCaseFolded(char32_t(written.front().unicode()));
        if (first >= 128 || !(starts[size_t(written.size())][first / 64] & (quint64(1) << (first % 64))))
            return nullptr;
        std::array<QChar, longest> buffer;
        for (qsizetype i = 0; i < written.size(); ++i)
            buffer[size_t(i)] = written[i].toCaseFolded();
        const QStringView key(buffer.data(), written.size());
        const auto it =
            std::lower_bound(byName.begin(), byName.end(), key,
                             [](const Rule &rule, QStringView k) { return QStringView(rule.name) < k; });
        return it != byName.end() && QStringView(it->name) == key ? &*it : nullptr;
    }
};

const Rules &rules()
{
    static const Rules table;
    return table;
}

bool isLineBreak(QChar c)
{
    return c.isSpace() && !SkillMatcher::isSpaceChar(c);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

// Whether the '.', '!' or '?' at `i` ends a sentence: followed by a space or the end, and (for '.') not
// the end of a one-letter abbreviation ("e.g.", "i.e.") or of "etc"/"vs".
bool endsSentence(QStringView text, qsizetype i)
{
    if (i + 1 < text.size() && !text[i + 1].isSpace())
        return false;
    if (text[i] != u'.')
        return true;
    qsizetype start = i;
    while (start > 0 && SkillMatcher::isWordChar(text[start - 1]))
        --start;
    const QStringView word = text.sliced(start, i - start);
    if (word.size() == 1)
        return false;
    return word.compare(u"etc", Qt::CaseInsensitive) != 0 && word.compare(u"vs", Qt::CaseInsensitive) != 0;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

// Whether text[i] continues the word around it: a word character, or an apostrophe between two ("let's").
bool inWord(QStringView text, qsizetype i)
{
    if (SkillMatcher::isWordChar(text[i]))
        return true;
    return isApostrophe(text[i]) && i > 0 && i + 1 < text.size() && SkillMatcher::isWordChar(text[i - 1]) &&
           SkillMatcher::isWordChar(text[i + 1]);
}

// The word just after `pos`, past spaces within the line.
QStringView wordAfter(QStringView text, qsizetype pos)
{
    while (pos < text.size() && SkillMatcher::isSpaceChar(text[pos]))
        ++pos;
    qsizetype end = pos;
    while (end < text.size() && inWord(text, end))
        ++end;
    return text.sliced(pos, end - pos);
}

// The word just before `pos`, past spaces and one ':' or '(' ("languages: Go", "tools (Go").
QStringView wordBefore(QStringView text, qsizetype pos)
{
    const auto skipSpaces = [&] {
        while (pos > 0 && SkillMatcher::isSpaceChar(text[pos - 1]))
            --pos;
    };
    skipSpaces();
    if (pos > 0 && (text[pos - 1] == u':' || text[pos - 1] == u'(')) {
        --pos;
        skipSpaces();
    }
    qsizetype start = pos;
    while (start > 0 && inWord(text, start - 1))
        --start;
    return text.sliced(start, pos - start);
}

bool isYear(QStringView word)
{
    if (word.size() != 4 || !(word.startsWith(u"19") || word.startsWith(u"20")))
        return false;
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Whether `word` (as written) is in `set`, also without a plural 's'.
bool inSet(const WordSet &set, QStringView word)
{
    if (word.isEmpty() || set.isEmpty())
        return false;
    constexpr qsizetype longest = 32; // for the stack buffer; longer words take the general path
    if (word.size() <= longest &&
        std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 128; })) {
        std::array<char16_t, longest> buffer;
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t c = word[i].unicode();
            buffer[size_t(i)] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
        const std::u16string_view folded(buffer.data(), size_t(word.size()));
        if (set.ascii.contains(folded))
            return true;
        if (set.years && isYear(word))
            return true;
        return folded.size() > 3 && folded.back() == u's' &&
               set.ascii.contains(folded.substr(0, folded.size() - 1));
    }
    const QString folded = word.toString().toCaseFolded().replace(QChar(0x2019), QLatin1Char('\''));
    if (set.words.contains(folded))
        return true;
    if (set.years && isYear(word))
        return true;
    return folded.size() > 3 && folded.endsWith(u's') && set.words.contains(folded.chopped(1));
}

// What lies between two mentions.
struct Gap
{
    int words = 0;
    bool broken = false; // a line break or the end of a sentence
    bool list = true;    // only spaces, list punctuation and list words
};

constexpr int nearWords = 5; // "within five words"

bool isListWord(QStringView word)
{
    static constexpr QStringView words[] = {u"and", u"or", u"und", u"oder", u"as", u"well"};
    return std::any_of(std::begin(words), std::end(words),
                       [&](QStringView w) { return word.compare(w, Qt::CaseInsensitive) == 0; });
}

// Reads only as far as it matters: past five words or a sentence end the gap can be neither near nor
// a list, so a mention far from any other costs little.
Gap gapBetween(QStringView text, qsizetype from, qsizetype to)
{
    Gap gap;
    bool separated = false; // a comma, slash … or a list word: "Basic SQL" is no list
    for (qsizetype i = from; i < to && !gap.broken && gap.words <= nearWords;) {
        const QChar c = text[i];
        if (SkillMatcher::isWordChar(c)) {
            qsizetype end = i;
            while (end < to && SkillMatcher::isWordChar(text[end]))
                ++end;
            ++gap.words;
            if (!isListWord(text.sliced(i, end - i)))
                gap.list = false;
            separated = true;
            i = end;
            continue;
        }
        if (isLineBreak(c) || ((c == u'.' || c == u'!' || c == u'?') && endsSentence(text, i)))
            gap.broken = true;
        else if (QStringView(u",/|;&+()[]").contains(c))
            separated = true;
        else if (!SkillMatcher::isSpaceChar(c))
            gap.list = false;
        ++i;
    }
    gap.list = gap.list && separated && !gap.broken && gap.words <= 2;
    return gap;
}

enum class State : quint8
{
    Accepted,
    Rejected,
    Pending
};

// Whether the mention is part of a web or e-mail address ("https://…", "www.acme.com/careers",
// "jobs@acme.io"): "https" there is no skill, nor is a product name in a domain.
bool inAddress(QStringView text, const SkillHit &hit)
{
    constexpr qsizetype reach = 256; // an address longer than this is not worth the scan
    qsizetype from = hit.start, to = hit.end();
    while (from > 0 && !text[from - 1].isSpace() && hit.start - from < reach)
        --from;
    while (to < text.size() && !text[to].isSpace() && to - hit.end() < reach)
        ++to;
    const QStringView token = text.sliced(from, to - from);
    if (!token.contains(u'.') && !token.contains(u'/'))
        return false; // the common case, decided in one pass
    if (token.contains(u"://") || token.contains(u"www.", Qt::CaseInsensitive))
        return true;
    const qsizetype at = token.indexOf(u'@');
    return at > 0 && token.indexOf(u'.', at) > at + 1;
}

bool vetoed(const Rule &rule, QStringView text, const SkillHit &hit)
{
    const qsizetype start = hit.start, end = hit.end();
    if (rule.evidence == Evidence::Near || rule.evidence == Evidence::List) {
        // "Go-live", "go-to-market", "Spark-plug": one word with its neighbour.
        if (end + 1 < text.size() && isHyphen(text[end]) && SkillMatcher::isWordChar(text[end + 1]))
            return true;
        if (start >= 2 && isHyphen(text[start - 1]) && SkillMatcher::isWordChar(text[start - 2]))
            return true;
    }
    return inSet(rule.vetoBefore, wordBefore(text, start)) || inSet(rule.vetoAfter, wordAfter(text, end));
}

// Whether the line of mention i holds two or more mentions and nothing else but spaces and list
// punctuation: a line of tags ("spring java cloud") is a list even without commas. Asked only for the
// few mentions the rules have not decided otherwise.
bool onTagLine(QStringView text, const QList<SkillHit> &hits, qsizetype i)
{
    const auto separator = [&](qsizetype k) {
        switch (text[k].unicode()) {
        case u',':
        case u'/':
        case u'|':
        case u';':
        case u'&':
        case u'+':
        case u'(':
        case u')':
        case u'[':
        case u']':
            return true;
        default:
            return SkillMatcher::isSpaceChar(text[k]);
        }
    };
    const auto onlySeparators = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if (!separator(k))
                return false;
        }
        return true;
    };
    qsizetype first = i, last = i;
    while (first > 0 && onlySeparators(hits[first - 1].end(), hits[first].start))
        --first;
    while (last + 1 < hits.size() && onlySeparators(hits[last].end(), hits[last + 1].start))
        ++last;
    if (first == last)
        return false;
    // Nothing but separators from the line's start to the first and from the last to the line's end;
    // read outwards from the mentions, so a long line of text is left at its first word.
    for (qsizetype k = hits[first].start; k > 0 && !isLineBreak(text[k - 1]); --k) {
        if (!separator(k - 1))
            return false;
    }
    for (qsizetype k = hits[last].end(); k < text.size() && !isLineBreak(text[k]); ++k) {
        if (!separator(k))
            return false;
    }
    return true;
}

} // namespace

bool isAmbiguousName(QStringView surface)
{
    return rules().find(surface.trimmed()) != nullptr;
}

QList<SkillHit> resolveAmbiguity(QStringView text, const QList<SkillHit> &hits)
{
    const Rules &table = rules();
    std::vector<const Rule *> ruleOf(size_t(hits.size()), nullptr);
    std::vector<State> state(size_t(hits.size()), State::Accepted);
    bool anyPending = false;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const SkillHit &hit = hits[i];
        if (inAddress(text, hit)) {
            state[size_t(i)] = State::Rejected;
            continue;
        }
        const Rule *rule = table.find(text.sliced(hit.start, hit.length));
        if (!rule)
            continue;
        ruleOf[size_t(i)] = rule;
        state[size_t(i)] = vetoed(*rule, text, hit) ? State::Rejected : State::Pending;
        anyPending = anyPending || state[size_t(i)] == State::Pending;
    }

    // The gap to the nearest accepted mention on either side.
    const auto neighbourGaps = [&](qsizetype i) {
        QVarLengthArray<Gap, 2> gaps;
        for (qsizetype k = i - 1; k >= 0; --k) {
            if (state[size_t(k)] == State::Accepted) {
                gaps.push_back(gapBetween(text, hits[k].end(), hits[i].start));
                break;
            }
        }
        for (qsizetype k = i + 1; k < hits.size(); ++k) {
            if (state[size_t(k)] == State::Accepted) {
                gaps.push_back(gapBetween(text, hits[i].end(), hits[k].start));
                break;
            }
        }
        return gaps;
    };
    const auto decide = [&](qsizetype i) {
        const Rule &rule = *ruleOf[size_t(i)];
        const SkillHit &hit = hits[i];
        const QStringView written = text.sliced(hit.start, hit.length);
        // Read only when a rule asks.
        QVarLengthArray<Gap, 2> gaps;
        bool haveGaps = false;
        const auto neighbours = [&]() -> const QVarLengthArray<Gap, 2> & {
            if (!haveGaps) {
                gaps = neighbourGaps(i);
                haveGaps = true;
            }
            return gaps;
        };
        const auto inList = [&] {
            const QVarLengthArray<Gap, 2> &around = neighbours();
            return std::any_of(around.begin(), around.end(), [](const Gap &g) { return g.list; }) ||
                   onTagLine(text, hits, i);
        };
        if (!rule.forms.isEmpty() && !rule.forms.contains(written)) {
            if (written.size() == 1 || rule.strictCase)
                return State::Rejected;
            return inList() ? State::Accepted : State::Pending;
        }
        switch (rule.evidence) {
        case Evidence::None:
        case Evidence::Case:
            return State::Accepted;
        case Evidence::Near:
        case Evidence::List:
            break;
        }
        const QStringView before = wordBefore(text, hit.start);
        const QStringView after = wordAfter(text, hit.end());
        if (inSet(rule.cuesBefore, before) || inSet(rule.cuesAfter, after)) // a cue of the name's own
            return State::Accepted;
        if (rule.evidence == Evidence::Near) {
            if (inSet(table.cuesBefore, before) || inSet(table.cuesAfter, after))
                return State::Accepted;
            const QVarLengthArray<Gap, 2> &around = neighbours();
            const bool near = std::any_of(around.begin(), around.end(),
                                          [](const Gap &g) { return !g.broken && g.words <= nearWords; });
            return near ? State::Accepted : State::Pending;
        }
        return inList() ? State::Accepted : State::Pending;
    };

    for (bool changed = anyPending; changed;) {
        changed = false;
        for (qsizetype i = 0; i < hits.size(); ++i) {
            if (state[size_t(i)] != State::Pending)
                continue;
            const State decided = decide(i);
            if (decided != State::Pending) {
                state[size_t(i)] = decided;
                changed = true;
            }
        }
    }

    QList<SkillHit> kept;
    kept.reserve(hits.size());
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (state[size_t(i)] == State::Accepted)
            kept.append(hits[i]);
    }
    return kept;
}

} // namespace jobdesk
