cop-title = The Conference of the Parties
cop-body =
    Decisions of the { $count } Parties on health misinformation.
