greeting = مرحبا، { $name }!
provisions = { $count ->
        [one] حكم واحد
       *[other] { $count } حكم
    }
save = حفظ
    .title = حفظ النص
