// figures/activity and figures/claim: rooms and grounds for activities, and places reached, are no events.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

const claims = (text: string) => figuresOf(text).map((f) => [f.category, f.value, f.claim]);

describe('place nouns', () => {
  it.each([
    // An activity word that starts a room's or ground's name counts rooms: other, background after 现有.
    ['街道今年新建居民活动室4个。', [['other', 4, 'achieved']]],
    ['小区现有老年活动室两个。', [['other', 2, 'background']]],
    ['全乡建成村级文化活动广场11处。', [['other', 11, 'achieved']]],
    // Places reached after an activity cue count places; places before it host one event each.
    ['借“双争”活动为全镇6个村组修通了机耕路。', [['other', 6, 'achieved']]],
    ['组织医生在全县5个社区开展义诊。', [['activity', 5, 'achieved']]],
    ['全年开展文艺演出活动25场。', [['activity', 25, 'achieved']]],
    // Village groups the goods went to are no profile, and 共有 + a verb of work is a total of work done.
    ['文化站共有发放健身器材40套，配备广播音箱9个村31个村民小组。', [['other', 40, 'achieved'], ['other', 9, 'achieved'], ['other', 31, 'achieved']]],
    ['该镇下辖9个行政村，31个村民小组。', [['other', 9, 'background'], ['other', 31, 'background']]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
