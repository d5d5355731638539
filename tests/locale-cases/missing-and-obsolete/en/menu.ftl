menu = Menu
