greeting = Bonjour, { $name }!
notice = Les Parties : lisez «ceci» d’abord ; puis signez.
