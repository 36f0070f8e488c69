/**
 * Excel's own words, as Finnish, Swedish and English Excel show them, for fixes that tell an
 * author which menu to use. One place, so every message names the same menu the same way.
 */
import type { Text } from '../core/lang.ts';

/**
 * Saving a sheet as the CSV kuultu reads best: UTF-8 keeps ä, ö, å and € whatever the machine.
 * The file type's name is Excel's own in each language: Finnish Excel calls its CSV types
 * "CSV (luetteloerotin)" and "CSV UTF-8 (luetteloerotin)" (list separator, not "pilkuilla erotettu"),
 * Swedish Excel "CSV UTF-8 (kommaavgränsad)", both under Tiedosto/Arkiv > Tallenna nimellä/Spara som.
 */
export const SAVE_AS_CSV_UTF8: Text = {
  fi: 'Tiedosto > Tallenna nimellä > CSV UTF-8 (luetteloerotin)',
  sv: 'Arkiv > Spara som > CSV UTF-8 (kommaavgränsad)',
  en: 'File > Save As > CSV UTF-8 (Comma delimited)',
};

/** "save it again in Excel: File > Save As > CSV UTF-8 (Comma delimited)" */
export const SAVE_AGAIN: Text = {
  fi: `tallenna tiedosto Excelissä uudelleen: ${SAVE_AS_CSV_UTF8.fi}`,
  sv: `spara filen på nytt i Excel: ${SAVE_AS_CSV_UTF8.sv}`,
  en: `save the file again in Excel: ${SAVE_AS_CSV_UTF8.en}`,
};
