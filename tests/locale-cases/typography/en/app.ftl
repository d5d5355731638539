greeting = Hello, { $name }!
notice = The Parties: read "this" first; then sign.
