package kiosk.stub.api;

import java.util.Map;
import java.util.ResourceBundle;

/** The verification page: a small self-contained HTML document, every text from the verify bundle or the data. */
final class VerifyPage {

    private VerifyPage() {
    }

    static String render(ResourceBundle words, String lang, String ref, VerifyApi.Verification v) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(esc(words.getString("page.title"))).append("</h1>");
        if (v == null) {
            body.append("<p class=\"bad\">").append(esc(words.getString("page.notFound"))).append("</p>");
            row(body, words.getString("label.ref"), ref);
            return document(lang, words, body);
        }
        body.append("<p class=\"kind\">").append(esc(words.getString("kind." + v.kind()))).append("</p><dl>");
        row(body, words.getString("label.ref"), v.ref());
        if (v.holder() != null && !v.holder().isEmpty()) {
            row(body, words.getString("label.holder"), v.holder());
        }
        if (v.title() != null) {
            row(body, words.getString("label.type"), pick(v.title(), lang));
        }
        row(body, words.getString("label.status"), pick(v.statusText(), lang));
        if (v.amountCents() != null && v.amountCents() > 0) {
            row(body, words.getString("label.amount"), yuan(v.amountCents()));
        }
        if (v.paidAt() != null) {
            row(body, words.getString("label.paidAt"), VerifyApi.time(v.paidAt()));
        }
        if (v.validUntil() != null) {
            row(body, words.getString("label.validUntil"), v.validUntil().toString());
        }
        row(body, words.getString("label.updated"), VerifyApi.time(v.updatedAt()));
        body.append("</dl>");
        if (v.items() != null && !v.items().isEmpty()) {
            body.append("<h2>").append(esc(words.getString("label.items"))).append("</h2><ul>");
            for (VerifyApi.VerifyItem i : v.items()) {
                body.append("<li>").append(esc(pick(i.description(), lang))).append(" · ").append(esc(yuan(i.amountCents())));
                if (i.statusText() != null) {
                    body.append(" · <b>").append(esc(pick(i.statusText(), lang))).append("</b>");
                }
                body.append(" <small>").append(esc(i.reference())).append("</small></li>");
            }
            body.append("</ul>");
        }
        if (v.kind().equals("CERTIFICATE")) {
            body.append("<p class=\"").append(Boolean.TRUE.equals(v.valid()) ? "ok" : "bad").append("\">")
                    .append(esc(words.getString(Boolean.TRUE.equals(v.valid()) ? "certificate.valid" : "certificate.expired")))
                    .append("</p>");
            if (v.codeMatches() != null) {
                body.append("<p class=\"").append(v.codeMatches() ? "ok" : "bad").append("\">")
                        .append(esc(words.getString(v.codeMatches() ? "code.matches" : "code.mismatch"))).append("</p>");
            }
            body.append("<form method=\"get\"><label>").append(esc(words.getString("code.prompt")))
                    .append("<br><input name=\"code\" maxlength=\"8\" autocomplete=\"off\" aria-label=\"")
                    .append(esc(words.getString("label.code"))).append("\"></label><input type=\"hidden\" name=\"lang\" value=\"")
                    .append(esc(lang)).append("\"> <button>").append(esc(words.getString("label.check"))).append("</button></form>");
        }
        return document(lang, words, body);
    }

    private static String document(String lang, ResourceBundle words, StringBuilder body) {
        return "<!DOCTYPE html><html lang=\"" + esc(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + esc(words.getString("page.title")) + "</title><style>"
                + "body{font-family:sans-serif;margin:1.2em;max-width:36em;color:#1a1a1a;line-height:1.5}"
                + "h1{font-size:1.4em}dt{color:#555;font-size:.9em}dd{margin:0 0 .6em;font-size:1.1em}"
                + ".ok{color:#0b6b2e;font-weight:bold}.bad{color:#a11;font-weight:bold}small{color:#666}"
                + "input,button{font-size:1.1em;padding:.4em}footer{margin-top:2em;color:#666;font-size:.85em}"
                + "</style></head><body>" + body + "<footer>" + esc(words.getString("page.footer")) + "</footer></body></html>";
    }

    private static void row(StringBuilder body, String label, String value) {
        body.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    private static String pick(Map<String, String> text, String lang) {
        return text == null ? "" : text.getOrDefault(lang, text.getOrDefault("zh-CN", ""));
    }

    private static String yuan(long cents) {
        return String.format("¥%d.%02d", cents / 100, cents % 100);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
