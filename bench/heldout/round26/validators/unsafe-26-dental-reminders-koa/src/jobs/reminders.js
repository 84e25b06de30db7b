const db = require("../db");
const { sendReminder } = require("../sms");

async function runReminderJob() {
  const { rows } = await db.query(
    `SELECT a.id, a.starts_at, p.first_name, p.phone
       FROM appointments a JOIN patients p ON p.id = a.patient_id
      WHERE a.starts_at BETWEEN now() + interval '23 hours' AND now() + interval '25 hours'
        AND a.reminder_sent_at IS NULL`
  );
  for (const appt of rows) {
    await sendReminder(appt.phone, appt.first_name, new Date(appt.starts_at).toLocaleString("en-US"));
    await db.query("UPDATE appointments SET reminder_sent_at = now() WHERE id = $1", [appt.id]);
  }
  return rows.length;
}

module.exports = { runReminderJob };
