# 各语文名称，按 ISO 639-1 代码排列，按中文写法书写。

# 本语文的自称，显示在界面语文列表中。
language-endonym = 中文

language-ar = 阿拉伯文
language-zh = 中文
language-en = 英文
language-fr = 法文
language-ru = 俄文
language-es = 西班牙文
language-pt = 葡萄牙文
language-de = 德文
language-it = 意大利文
language-ja = 日文
language-ko = 韩文
language-hi = 印地文
language-id = 印度尼西亚文
language-sw = 斯瓦希里文
language-tr = 土耳其文
language-fa = 波斯文
language-nl = 荷兰文
language-pl = 波兰文
language-uk = 乌克兰文
language-bn = 孟加拉文
language-ur = 乌尔都文
language-am = 阿姆哈拉文
language-ha = 豪萨文
language-vi = 越南文
language-th = 泰文
language-ms = 马来文
