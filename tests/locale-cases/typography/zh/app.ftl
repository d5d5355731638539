greeting = 你好, { $name }！
notice = 缔约方: 请先阅读“此文”；然后签署。
