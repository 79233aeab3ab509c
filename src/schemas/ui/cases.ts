/** UI strings: Case study facts, list, filter and map; also the units and hedges figures are written with. */
import { z } from 'astro/zod';

export const casesStrings = z.object({
	/** Facts box: place. */
	'case.where': z.string(),
	/** Facts box: when. */
	'case.period': z.string(),
	/** Facts box: partners. */
	'case.partners': z.string(),
	/** Heading: the problem. */
	'case.problem': z.string(),
	/** Heading: what was done. */
	'case.response': z.string(),
	/** Label before who carried out a measure. */
	'case.by': z.string(),
	/** Heading: results. */
	'case.results': z.string(),
	/** Heading: the Polmas strategies the case shows. */
	'case.strategies': z.string(),
	/** Heading: lessons. */
	'case.lessons': z.string(),
	/** Heading: discussion questions. */
	'case.questions': z.string(),
	/** Said where the sources give no value. */
	'case.notStated': z.string(),
	/** Note that a map point is approximate. */
	'case.approximate': z.string(),
	/** Label before a programme's number in its source. */
	'case.sourceNumber': z.string(),
	/** Label before a finding's source. */
	'case.source': z.string(),
	/** Said of a result without a figure. */
	'case.noFigure': z.string(),
	/** Filter and list: province. */
	'case.province': z.string(),
	/** Filter: strategy. */
	'case.strategy': z.string(),
	/** Case list: label before the strategies a case shows. */
	'case.strategiesList': z.string(),
	/** Filter: no restriction. */
	'case.any': z.string(),
	/** Accessible name of the filter form. */
	'case.filter': z.string(),
	/** Filter: words after the count of cases shown. */
	'case.shown': z.string(),
	/** Map title. */
	'case.mapTitle': z.string(),
	/** Map caption. */
	'case.mapCaption': z.string(),
	/** Map description for screen readers; {count} markers, {list} their names. */
	'case.mapDesc': z.string(),
	/** Period with only a start year; {year}. */
	'case.since': z.string(),
	/** Period with only an end year; {year}. */
	'case.until': z.string(),
	/** Latitude south abbreviation. */
	'case.south': z.string(),
	/** Latitude north abbreviation. */
	'case.north': z.string(),
	/** Longitude east abbreviation. */
	'case.east': z.string(),
	/** Abbreviation before a kecamatan name. */
	'case.district': z.string(),
	/** Hedge of a figure: almost. */
	'figure.hampir': z.string(),
	/** Hedge of a figure: at least. */
	'figure.setidaknya': z.string(),
	/** Hedge of a figure: about. */
	'figure.sekitar': z.string(),
	/** Unit: per cent. */
	'figure.unit.persen': z.string(),
	/** Unit: people. */
	'figure.unit.orang': z.string(),
	/** Unit: (martial-arts) schools. */
	'figure.unit.perguruan': z.string(),
	/** Unit: personnel. */
	'figure.unit.personel': z.string(),
	/** Unit: participants. */
	'figure.unit.peserta': z.string(),
	/** Unit: trees. */
	'figure.unit.pohon': z.string(),
	/** Unit: villages and urban wards. */
	'figure.unit.desa-kelurahan': z.string(),
	/** Unit: units. */
	'figure.unit.unit': z.string(),
	/** Unit: incidents. */
	'figure.unit.kejadian': z.string(),
	/** Unit: regional police commands. */
	'figure.unit.polda': z.string(),
});
