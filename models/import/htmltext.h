// Job descriptions arrive as HTML fragments, whole pages or plain text. These functions read them with one
// small hand-written tokenizer (linear, no regular expressions, one output allocation in the common case)
// that follows the HTML5 rules that matter here:
//   - tags: "<name attrs>", "</name>", "<name/>"; a '<' not followed by a letter, '/', '!' or '?' is text
//     ("salary < $100k"); a tag left open at the end of the input is dropped;
//   - attribute values in double, single or no quotes ('>' inside quotes does not end the tag);
//   - comments, <!DOCTYPE>, <![CDATA[ ]]> and <?xml ?> are dropped;
//   - script, style, title, textarea, iframe, noscript, noembed, noframes, xmp: raw text up to their end
//     tag, always dropped; head, form, button, select, object, svg, math, template, audio, video,
//     canvas: dropped with their contents (an unclosed <head> ends at <body>);
//   - character references: every HTML 4 named entity plus &apos; (&nbsp; &amp; &ndash; &rsquo; &euro;
//     &eacute; ...), the legacy forms without ';' of amp, lt, gt, quot, nbsp, copy and reg, decimal and
//     hex references (&#8217; &#x2019;; 128-159 read as Windows-1252, invalid code points as U+FFFD).
#pragma once

#include <QString>
#include <QStringView>

namespace jobdesk {

// Whether the text holds markup: a known HTML tag ("<p>", "</li>", "<br/>", "<div class=x>") or a
// comment. Entities alone ("AT&amp;T") and stray angle brackets ("a < b", "<3") are not markup.
bool looksLikeHtml(QStringView text);

// Readable plain text. For markup: tags removed, entities decoded, dropped elements (see above) gone;
// p, h1-h6, ul, ol, table, blockquote, pre, hr, section, article, header, footer, main, aside, nav, dl,
// figure are separated by a blank line (a single line break inside a list item), and div, li, tr, br,
// dt, dd, address, center, details, summary, figcaption start a new line; li lines start with "• ";
// table cells are separated by a space; whitespace runs (NBSP included) become one space except in
// <pre>; zero-width spaces, BOMs and soft hyphens are removed.
// Text without markup (see looksLikeHtml) keeps its line breaks: entities are decoded, spaces collapsed
// within lines. Either way there is at most one blank line in a row and the result is trimmed.
QString htmlToPlainText(QStringView html);

// Safe HTML for a QTextBrowser, built from an allow-list:
//   kept without attributes: p br hr ul ol li b strong i em u h1-h6 blockquote pre code table thead
//     tbody tfoot tr td th span div; article, section, header, footer, main, aside, nav, address,
//     center, details, summary, figure, figcaption, dl, dt, dd become <div>;
//   a keeps only href, and only for http:, https: and mailto: (case-insensitive, after decoding entities
//     and removing whitespace and control characters; a stray %22 or quote around the URL is removed);
//     any other link (javascript:, data:, relative) loses its tag but keeps its text;
//   dropped with contents: the elements listed above; dropped alone: img, input, embed, meta, link and
//     other void elements, comments; any other tag is removed and its text kept.
// Text is re-escaped (&amp; &lt; &gt;), attribute values also escape '"'. Output is well formed: every
// element is closed in order, a new <p>, block, <li>, <tr> or cell closes the one the HTML parser
// would; nesting deeper than 256 elements is flattened.
QString sanitizeHtml(QStringView html);

} // namespace jobdesk
