cop-title = 缔约方大会
cop-body =
    { $count }个缔约方关于卫生错误信息的决定。
