#!/usr/bin/env python3
"""Copies a folder of articles with page furniture of other outlets' kinds added: after about
one body line in four a furniture line (share buttons, cookie notes, captions, and teaser links
such as "Watch: X says ..." or "READ MORE: ..."), and a block of related-story headlines at the
end ("Related stories" + "X says ..." headlines). None of it is article text, so an extractor
should score on the copy as on the original. CI checks this on the seeds.

    python3 scripts/inject-furniture.py SRC_DIR DST_DIR [SEED]
"""
import os
import random
import sys

src, dst = sys.argv[1], sys.argv[2]
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
os.makedirs(dst, exist_ok=True)
single = [
 "Advertisement", "Skip to main content", "Listen to this article", "3 min listen", "Share on Facebook", "Share on X",
 "Copy link", "Save article", "Gift this article", "Cookie settings", "Accept all cookies", "Most Popular",
 "Trending now", "Topics", "Updated 14:32 GMT", "Published 5 hours ago", "Sign up for our daily briefing",
 "Get the latest news delivered to your inbox", "Supported by", "Continue reading the main story",
 "This story has been updated with additional details.", "Story continues below advertisement",
 "Watch: Zelensky says Ukraine needs security guarantees before any ceasefire",
 "WATCH: Macron says European troops could deploy within weeks",
 "Listen: Why Europe is divided over sending troops to Ukraine",
 "Live updates: Russia says it will never accept Western troops in Ukraine",
 "READ MORE: Starmer says Britain is ready to put boots on the ground",
 "Related: Kremlin says peacekeepers would be a legitimate target",
 "Opinion: Europe must stop hoping Washington will save it",
 "Analysis: What a reassurance force could actually do",
 "Click here to subscribe to our newsletter",
 "We use cookies to improve your experience.",
 "Photograph: Ludovic Marin/AFP/Getty Images",
 "Image caption, Ukrainian soldiers near the front line in Donetsk",
 "Copyright 2025 The Associated Press. All rights reserved.",
]
blocks = [
 ["More on this story", "Rutte says NATO will not be part of any peacekeeping force", "Poland rules out sending troops to Ukraine, Tusk says", "Analysis: the limits of a coalition of the willing"],
 ["Related stories", "Kremlin says talk of European troops is 'provocation'", "Merz says Germany will consider all options for Ukraine security"],
 ["You may also like:", "Meloni says Italy will not send soldiers to Ukraine", "US officials say backstop talks are at an early stage"],
]
names = sorted(os.listdir(src))
for name in names:
    if not name.endswith('.txt'): continue
    lines = open(os.path.join(src, name), encoding='utf-8').read().split('\n')
    out = []
    for i, l in enumerate(lines):
        out.append(l)
        if i > 3 and l.strip() and random.random() < 0.25:
            out.append(random.choice(single))
    out.append('')
    out.extend(random.choice(blocks))
    open(os.path.join(dst, name), 'w', encoding='utf-8').write('\n'.join(out))
print(f"{sum(n.endswith('.txt') for n in names)} articles with furniture added into {dst}")
