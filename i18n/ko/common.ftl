# 화면 어디서나 쓰는 말.

# 질문 모음의 언어.
common-language-en = 영어
common-language-ko = 한국어
