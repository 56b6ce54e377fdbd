/**
 * Emoji and emoticon valences for the built-in scorer.
 *
 * Source and licence: written by hand for Listening Post (released with the project), from the
 * emoji's Unicode names and their common use in customer messages; not copied from any emoji
 * sentiment ranking. Scale -3..+3 like the word lexicon.
 */
export const EMOJI_VALENCES: ReadonlyArray<readonly [number, string]> = [
  [3, '😍 🥰 😘 ❤ 💕 💖 💗 💓 💞 💘 💝 😻 🤩 🥳'],
  [2.5, '😀 😃 😄 😁 😊 ☺ 🙌 👏 🎉 🎊 💯 🏆 🌟 ⭐ 💙 💚 💛 💜 🧡 🖤 🤍 💪 😇 🤗'],
  [2, '🙂 😆 😎 👍 👌 ✨ 😋 🍾 🥂 ✌ 😌 🤘 🔥 🙆 😺 😸 💃 🕺 ✅'],
  [1, '😉 😜 😝 😛 🤞 😅 😂 🤣 🌞 ☀ 🌈 😏'],
  // Folded hands mostly mean "please" in a request: barely positive.
  [0.5, '🙏'],
  [-1, '😐 😑 😶 🤔 😬 😳 🥶 🥵 😷 🤒 🤕 ⏰ ⌛ ⏳ ❓ ❗ ‼ ⁉'],
  [-2, '😕 🙁 ☹ 😟 😞 😔 😒 🙄 😓 😥 😪 😴 💤 👎 😱 😨 😰 😧 😦 🤷 ❌ ⛔ 🚫 🤦 😿 🥴'],
  [-2.5, '😢 😭 😩 😫 😖 😣 😤 💔 🤢 🤮 💀 ☠ 🐍 🤡'],
  [-3, '😡 😠 🤬 💩 👿 😾 🖕'],
];

/** Compiles the emoji table into a Map keyed by the bare emoji (no variation selector or skin tone). */
export function compileEmojiLexicon(entries: ReadonlyArray<readonly [number, string]> = EMOJI_VALENCES): Map<string, number> {
  const map = new Map<string, number>();
  for (const [valence, list] of entries) {
    for (const emoji of list.split(' ')) if (emoji) map.set(emoji.replace(/\uFE0F/g, ''), valence);
  }
  return map;
}

/**
 * Valence of a text emoticon such as ":)", ":-(", ":'(", "<3", "^_^", "-_-", "xD".
 * Reads the mouth rather than listing every variant, so ":-)))" and "=)" work too.
 */
export function emoticonValence(raw: string): number {
  if (raw.startsWith('</')) return -2.5;
  if (raw.startsWith('<3')) return 2.5;
  if (raw.startsWith('^')) return 2;
  if (raw.startsWith('-_')) return -1.5;
  if (raw[0] === 'x' || raw[0] === 'X') return 1.5;
  if (raw[0] === '(' || raw[0] === '[') return 2;
  const angry = raw[0] === '>';
  const crying = raw.includes("'");
  const wink = raw.includes(';');
  const mouth = raw[raw.length - 1];
  if (mouth === ')' || mouth === ']' || mouth === 'D' || mouth === '3' || mouth === '*') {
    return angry ? -1 : wink ? 1.5 : 2;
  }
  if (mouth === '(' || mouth === '[') return angry ? -3 : crying ? -2.5 : -2;
  if (mouth === 'P' || mouth === 'p') return 1;
  if (mouth === '/' || mouth === '\\' || mouth === '|') return -1.2;
  if (mouth === '@') return -2;
  if (mouth === 'O' || mouth === 'o') return -0.5;
  return 0;
}
