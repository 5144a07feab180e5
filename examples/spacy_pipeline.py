"""vaguecheck inside a plain spaCy pipeline (needs: pip install "vaguecheck[ginza]").

    python examples/spacy_pipeline.py
"""

import spacy

nlp = spacy.load("ja_ginza")
nlp.add_pipe("vaguecheck", config={"ignore": ["VC103"]})  # found through the spacy_factories entry point

texts = ["最近、元気がありません。", "3日前から日中の傾眠が強く、食事も半分以下です。", "薬が余っているようです。"]
for doc in nlp.pipe(texts):
    print(doc.text, doc._.vaguecheck.clarity)
    for span in doc.spans["vaguecheck"]:
        print("  ", span.label_, span.text, [t.dep_ for t in span])
