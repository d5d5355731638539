//! HTML made from the exported Markdown by pulldown-cmark, then cleaned by
//! ammonia: whatever a user typed, the page holds no script, no event
//! handler and no link of its own. One self-contained file: the style sheet
//! is inside, nothing is fetched; `lang` and `dir` are set for the language.

use pulldown_cmark::{html, Options, Parser};

use entente_i18n::is_right_to_left;

const STYLE: &str = "\
body { margin: 0; background: #f6f4ef; color: #1d2433; }
main { max-width: 46rem; margin: 0 auto; padding: 3rem 2rem; background: #fff;
  font-family: 'Noto Serif', 'DejaVu Serif', Georgia, serif; font-size: 1.05rem; line-height: 1.6; }
h1 { font-size: 1.6rem; text-align: center; line-height: 1.3; }
h2, h3, h4, h5, h6 { font-size: 1.1rem; text-align: center; margin-top: 2rem; }
h1 + p { text-align: center; color: #4a5468; }
ol { padding-inline-start: 2rem; }
li { margin-block: 0.6rem; }
em { color: #4a5468; }
/* Each paragraph in the direction of its own words: a parallel text holds two languages. */
p, li { unicode-bidi: plaintext; text-align: start; }
table { border-collapse: collapse; font-size: 0.9rem; }
";

pub fn page(markdown: &str, language: &str, title: &str) -> String {
    let mut body = String::new();
    html::push_html(
        &mut body,
        Parser::new_ext(markdown, Options::ENABLE_FOOTNOTES),
    );
    let body = ammonia::clean(&body);
    let direction = if is_right_to_left(language) {
        "rtl"
    } else {
        "ltr"
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{direction}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n\
         <style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        escape(language),
        escape(title)
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_whole_and_right_to_left_in_arabic() {
        let html = page("# العنوان\n\nنص.\n", "ar", "العنوان <b>");
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("<title>العنوان &lt;b&gt;</title>"));
        assert!(html.contains("<h1>العنوان</h1>"));
        assert!(!html.contains("http"), "nothing fetched");
    }

    #[test]
    fn markup_that_slipped_into_markdown_is_removed() {
        let html = page(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n",
            "en",
            "t",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }
}
