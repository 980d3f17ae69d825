// The one way poisongate loads onnxruntime-node, so its settings hold wherever a session is made.
import ort from 'onnxruntime-node';

// onnxruntime-node 1.30 carries Microsoft's 1DS telemetry on Linux: its first session reads
// /etc/machine-id, keeps an event database under ~/.cache/Microsoft, writes a mat-debug-<pid>.log
// into the temp folder and uploads to mobile.events.data.microsoft.com. A scan makes no network
// calls and touches nothing outside its own folders, so telemetry is off before any session exists
// (ORT reads the variable then).
process.env['ORT_DISABLE_TELEMETRY'] = '1';
// ORT's own log goes to stderr with terminal colour codes; every failure is reported through the
// exception it raises (and then a finding), so only fatal messages are left to it.
ort.env.logLevel = 'fatal';

export default ort;
