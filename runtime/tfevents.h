/* tfevents.h — TensorFlow event files, the log format TensorBoard reads.
 *
 * An event file is a sequence of TFRecords (tensorflow/core/lib/io/record_writer.cc):
 *   uint64 LE  length of data (bytes)
 *   uint32 LE  masked CRC-32C of those 8 length bytes
 *   data       one serialized tensorflow.Event (runtime/event.proto)
 *   uint32 LE  masked CRC-32C of data
 * with mask(crc) = ((crc >> 15) | (crc << 17)) + 0xa282ead8 (mod 2^32)
 * (tensorflow/core/lib/hash/crc32c.h, Mask).  The first record is
 * Event{wall_time, file_version: "brain.Event:2"}; each later one an Event
 * with a Summary of one scalar Value{tag, simple_value}.  Events are encoded
 * with protobuf-c from event.proto; CRC-32C comes from ISA-L.
 *
 * Files are named as TensorFlow 2's summary writer names them:
 *   DIR/events.out.tfevents.<seconds, 10 digits>.<hostname>.<pid>.v2
 * and written as a log: every record is appended and flushed at once, so a
 * reader (TensorBoard, a test) sees whole records while training runs.
 */
#ifndef KILN_TFEVENTS_H
#define KILN_TFEVENTS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* CRC-32C (Castagnoli, reflected polynomial 0x82F63B78, initial value and
 * final XOR 0xFFFFFFFF): the standard check value CRC-32C("123456789") is
 * 0xE3069283.  n is in bytes. */
uint32_t kiln_crc32c(const void *data, size_t n);

/* TFRecord's masked CRC-32C of data[0, n). */
uint32_t kiln_crc32c_masked(const void *data, size_t n);

/* Appends data[0, n) to f as one TFRecord (framing above) and flushes.
 * Returns 0, or -1 on a write error (errno set; not reported). */
int kiln_tfrecord_write(FILE *f, const void *data, size_t n);

typedef struct kiln_event_writer kiln_event_writer;

/* Creates a new event file in the existing directory `dir` and writes its
 * file_version record.  Returns the writer, or NULL after reporting the
 * error (diag.h). */
kiln_event_writer *kiln_event_writer_open(const char *dir);

/* Appends Event{wall_time: now, step, summary: {value: [{tag, simple_value:
 * value}]}} and flushes.  Returns 0, or -1 after reporting a write error. */
int kiln_event_writer_scalar(kiln_event_writer *w, const char *tag, int64_t step, float value);

/* The file's path (owned by the writer). */
const char *kiln_event_writer_path(const kiln_event_writer *w);

/* Closes the file and frees the writer; NULL is ignored. */
void kiln_event_writer_close(kiln_event_writer *w);

#endif /* KILN_TFEVENTS_H */
