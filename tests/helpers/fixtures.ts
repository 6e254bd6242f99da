export { tinyJpeg, tinyPdf, tinyPng } from '../../db/seed/samples';
