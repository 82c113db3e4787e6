import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transliterateCyrillic } from '../../src/link/transliterate-cyrillic.ts';

test('Cyrillic in the Dutch transcription', () => {
  const rows: readonly [string, string][] = [
    // Russian: е/je, ё/o/jo, -ий, -ый, ь before и, and the letters of the Dutch table
    ['Сергей Шойгу', 'Sergej Sjojgoe'],
    ['Касым-Жомарт Токаев', 'Kasym-Zjomart Tokajev'],
    ['Нурсултан Назарбаев', 'Noersoeltan Nazarbajev'],
    ['Владимир Путин', 'Vladimir Poetin'],
    ['Никита Хрущёв', 'Nikita Chroesjtsjov'],
    ['Михаил Горбачёв', 'Michail Gorbatsjov'],
    ['Фёдор Достоевский', 'Fjodor Dostojevski'],
    ['Юрий Гагарин', 'Joeri Gagarin'],
    ['Пётр Ильич', 'Pjotr Iljitsj'],
    ['Сергей Прокофьев', 'Sergej Prokofjev'],
    ['Александр Солженицын', 'Aleksandr Solzjenitsyn'],
    ['Алексей Навальный', 'Aleksej Navalny'],
    ['Евгений Пригожин', 'Jevgeni Prigozjin'],
    ['Нижний Новгород', 'Nizjni Novgorod'],
    ['Щукин, Цветаева, Эрмитаж, Объект', 'Sjtsjoekin, Tsvetajeva, Ermitazj, Objekt'],
    ['ШОЙГУ', 'SJOJGOE'],
    // Ukrainian (a word with і ї є ґ): г h, и y, ї ji, -ий -yj
    ['Київ, Миколаїв, Харків', 'Kyjiv, Mykolajiv, Charkiv'],
    ['Віталій Кличко', 'Vitalij Klytsjko'],
    // Kazakh letters
    ['Қасым-Жомарт Тоқаев', 'Kasym-Zjomart Tokajev'],
    // Latin text and punctuation stay as they are
    ['Poetin zei: «Мы победим»', 'Poetin zei: «My pobedim»'],
  ];
  assert.deepStrictEqual(rows.map(([cyrillic]) => transliterateCyrillic(cyrillic)), rows.map(([, dutch]) => dutch));
});
