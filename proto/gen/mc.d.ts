// GENERATED from proto/mc.proto by proto/generate.js: do not edit.
import * as $protobuf from "protobufjs";

export namespace mc {

    namespace v1 {

        interface IPresence extends mc.v1.Presence.$Properties {
        }

        class Presence {
            constructor(properties?: mc.v1.Presence.$Properties);
            $unknowns?: Uint8Array[];
            online: boolean;
            since_ms: number;
            boot_id: string;
            daemon_version: string;
            release: string;
            hostname: string;
            reason: string;
            capabilities: string[];
            static create(properties: mc.v1.Presence.$Shape): mc.v1.Presence & mc.v1.Presence.$Shape;
            static create(properties?: mc.v1.Presence.$Properties): mc.v1.Presence;
            static encode(message: mc.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.Presence & mc.v1.Presence.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.Presence & mc.v1.Presence.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.Presence;
            static toObject(message: mc.v1.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Presence {
            interface $Properties {
                online?: (boolean|null);
                since_ms?: (number|null);
                boot_id?: (string|null);
                daemon_version?: (string|null);
                release?: (string|null);
                hostname?: (string|null);
                reason?: (string|null);
                capabilities?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.Presence.$Properties;
        }

        interface ISystemMetrics extends mc.v1.SystemMetrics.$Properties {
        }

        class SystemMetrics {
            constructor(properties?: mc.v1.SystemMetrics.$Properties);
            $unknowns?: Uint8Array[];
            cpu_percent: number;
            mem_used_bytes: number;
            mem_total_bytes: number;
            disk_used_bytes: number;
            disk_total_bytes: number;
            load1: number;
            load5: number;
            load15: number;
            uptime_s: number;
            daemon_rss_bytes: number;
            static create(properties: mc.v1.SystemMetrics.$Shape): mc.v1.SystemMetrics & mc.v1.SystemMetrics.$Shape;
            static create(properties?: mc.v1.SystemMetrics.$Properties): mc.v1.SystemMetrics;
            static encode(message: mc.v1.SystemMetrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.SystemMetrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.SystemMetrics & mc.v1.SystemMetrics.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.SystemMetrics & mc.v1.SystemMetrics.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.SystemMetrics;
            static toObject(message: mc.v1.SystemMetrics, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SystemMetrics {
            interface $Properties {
                cpu_percent?: (number|null);
                mem_used_bytes?: (number|null);
                mem_total_bytes?: (number|null);
                disk_used_bytes?: (number|null);
                disk_total_bytes?: (number|null);
                load1?: (number|null);
                load5?: (number|null);
                load15?: (number|null);
                uptime_s?: (number|null);
                daemon_rss_bytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.SystemMetrics.$Properties;
        }

        enum WorkloadStatus {
            WORKLOAD_STATUS_UNSPECIFIED = 0,
            WORKLOAD_STATUS_REGISTERED = 1,
            WORKLOAD_STATUS_STARTING = 2,
            WORKLOAD_STATUS_RUNNING = 3,
            WORKLOAD_STATUS_STOPPING = 4,
            WORKLOAD_STATUS_STOPPED = 5,
            WORKLOAD_STATUS_FAILED = 6,
            WORKLOAD_STATUS_COMPLETED = 7,
            WORKLOAD_STATUS_BACKOFF = 8
        }

        interface IWorkloadSummary extends mc.v1.WorkloadSummary.$Properties {
        }

        class WorkloadSummary {
            constructor(properties?: mc.v1.WorkloadSummary.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            status: mc.v1.WorkloadStatus;
            static create(properties: mc.v1.WorkloadSummary.$Shape): mc.v1.WorkloadSummary & mc.v1.WorkloadSummary.$Shape;
            static create(properties?: mc.v1.WorkloadSummary.$Properties): mc.v1.WorkloadSummary;
            static encode(message: mc.v1.WorkloadSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.WorkloadSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.WorkloadSummary & mc.v1.WorkloadSummary.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.WorkloadSummary & mc.v1.WorkloadSummary.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.WorkloadSummary;
            static toObject(message: mc.v1.WorkloadSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkloadSummary {
            interface $Properties {
                name?: (string|null);
                status?: (mc.v1.WorkloadStatus|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.WorkloadSummary.$Properties;
        }

        interface IDeviceStatus extends mc.v1.DeviceStatus.$Properties {
        }

        class DeviceStatus {
            constructor(properties?: mc.v1.DeviceStatus.$Properties);
            $unknowns?: Uint8Array[];
            device: string;
            seq: number;
            ts_ms: number;
            release: string;
            system?: (mc.v1.SystemMetrics.$Properties|null);
            workloads: mc.v1.WorkloadSummary.$Properties[];
            workloads_running: number;
            workloads_failed: number;
            workloads_total: number;
            tags: string[];
            daemon_version: string;
            boot_id: string;
            desired_generation: number;
            release_error: string;
            tasks_running: number;
            capabilities: string[];
            static create(properties: mc.v1.DeviceStatus.$Shape): mc.v1.DeviceStatus & mc.v1.DeviceStatus.$Shape;
            static create(properties?: mc.v1.DeviceStatus.$Properties): mc.v1.DeviceStatus;
            static encode(message: mc.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.DeviceStatus & mc.v1.DeviceStatus.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.DeviceStatus & mc.v1.DeviceStatus.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.DeviceStatus;
            static toObject(message: mc.v1.DeviceStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceStatus {
            interface $Properties {
                device?: (string|null);
                seq?: (number|null);
                ts_ms?: (number|null);
                release?: (string|null);
                system?: (mc.v1.SystemMetrics.$Properties|null);
                workloads?: (mc.v1.WorkloadSummary.$Properties[]|null);
                workloads_running?: (number|null);
                workloads_failed?: (number|null);
                workloads_total?: (number|null);
                tags?: (string[]|null);
                daemon_version?: (string|null);
                boot_id?: (string|null);
                desired_generation?: (number|null);
                release_error?: (string|null);
                tasks_running?: (number|null);
                capabilities?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.DeviceStatus.$Properties;
        }

        interface IWorkloadState extends mc.v1.WorkloadState.$Properties {
        }

        class WorkloadState {
            constructor(properties?: mc.v1.WorkloadState.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            status: mc.v1.WorkloadStatus;
            type: string;
            run_mode: string;
            pid: number;
            run_count: number;
            last_started_ms: number;
            last_stopped_ms: number;
            last_exit_code?: (number|null);
            last_signal: string;
            last_error: string;
            consecutive_failures: number;
            restarts: number;
            rss_bytes: number;
            cpu_percent: number;
            version: string;
            next_run_ms: number;
            backoff_until_ms: number;
            max_runs: number;
            tags: string[];
            ts_ms: number;
            schedule: string;
            memory_limit_mb: number;
            boot_id: string;
            static create(properties: mc.v1.WorkloadState.$Shape): mc.v1.WorkloadState & mc.v1.WorkloadState.$Shape;
            static create(properties?: mc.v1.WorkloadState.$Properties): mc.v1.WorkloadState;
            static encode(message: mc.v1.WorkloadState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.WorkloadState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.WorkloadState & mc.v1.WorkloadState.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.WorkloadState & mc.v1.WorkloadState.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.WorkloadState;
            static toObject(message: mc.v1.WorkloadState, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkloadState {
            interface $Properties {
                name?: (string|null);
                status?: (mc.v1.WorkloadStatus|null);
                type?: (string|null);
                run_mode?: (string|null);
                pid?: (number|null);
                run_count?: (number|null);
                last_started_ms?: (number|null);
                last_stopped_ms?: (number|null);
                last_exit_code?: (number|null);
                last_signal?: (string|null);
                last_error?: (string|null);
                consecutive_failures?: (number|null);
                restarts?: (number|null);
                rss_bytes?: (number|null);
                cpu_percent?: (number|null);
                version?: (string|null);
                next_run_ms?: (number|null);
                backoff_until_ms?: (number|null);
                max_runs?: (number|null);
                tags?: (string[]|null);
                ts_ms?: (number|null);
                schedule?: (string|null);
                memory_limit_mb?: (number|null);
                boot_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.WorkloadState.$Properties;
        }

        interface IHeartbeat extends mc.v1.Heartbeat.$Properties {
        }

        class Heartbeat {
            constructor(properties?: mc.v1.Heartbeat.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            uptime_s: number;
            cpu_percent: number;
            mem_percent: number;
            status_seq: number;
            static create(properties: mc.v1.Heartbeat.$Shape): mc.v1.Heartbeat & mc.v1.Heartbeat.$Shape;
            static create(properties?: mc.v1.Heartbeat.$Properties): mc.v1.Heartbeat;
            static encode(message: mc.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.Heartbeat & mc.v1.Heartbeat.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.Heartbeat & mc.v1.Heartbeat.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.Heartbeat;
            static toObject(message: mc.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {
            interface $Properties {
                seq?: (number|null);
                uptime_s?: (number|null);
                cpu_percent?: (number|null);
                mem_percent?: (number|null);
                status_seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.Heartbeat.$Properties;
        }

        enum EventType {
            EVENT_TYPE_UNSPECIFIED = 0,
            EVENT_TYPE_STARTED = 1,
            EVENT_TYPE_EXITED = 2,
            EVENT_TYPE_FAILED = 3,
            EVENT_TYPE_COMPLETED = 4,
            EVENT_TYPE_RESTARTED = 5,
            EVENT_TYPE_BACKOFF = 6,
            EVENT_TYPE_MEMORY_WARNING = 7,
            EVENT_TYPE_RELOADED = 8,
            EVENT_TYPE_DEPLOYED = 9,
            EVENT_TYPE_STOPPED = 10,
            EVENT_TYPE_SKIPPED = 11,
            EVENT_TYPE_TIMEOUT = 12,
            EVENT_TYPE_DEPLOY_FAILED = 13,
            EVENT_TYPE_ROLLED_BACK = 14,
            EVENT_TYPE_TASK_STARTED = 15,
            EVENT_TYPE_TASK_FINISHED = 16,
            EVENT_TYPE_ADOPTED = 17,
            EVENT_TYPE_MEMORY_LIMIT = 18,
            EVENT_TYPE_RECOVERED = 19
        }

        interface IEvent extends mc.v1.Event.$Properties {
        }

        class Event {
            constructor(properties?: mc.v1.Event.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            ts_ms: number;
            type: mc.v1.EventType;
            workload: string;
            message: string;
            exit_code?: (number|null);
            signal: string;
            run_id: string;
            attrs: { [k: string]: string };
            boot_id: string;
            static create(properties: mc.v1.Event.$Shape): mc.v1.Event & mc.v1.Event.$Shape;
            static create(properties?: mc.v1.Event.$Properties): mc.v1.Event;
            static encode(message: mc.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.Event & mc.v1.Event.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.Event & mc.v1.Event.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.Event;
            static toObject(message: mc.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {
            interface $Properties {
                seq?: (number|null);
                ts_ms?: (number|null);
                type?: (mc.v1.EventType|null);
                workload?: (string|null);
                message?: (string|null);
                exit_code?: (number|null);
                signal?: (string|null);
                run_id?: (string|null);
                attrs?: ({ [k: string]: string }|null);
                boot_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.Event.$Properties;
        }

        interface ILogChunk extends mc.v1.LogChunk.$Properties {
        }

        class LogChunk {
            constructor(properties?: mc.v1.LogChunk.$Properties);
            $unknowns?: Uint8Array[];
            workload: string;
            stream_id: string;
            seq: number;
            ts_ms: number;
            lines: string[];
            eof: boolean;
            run_id: string;
            static create(properties: mc.v1.LogChunk.$Shape): mc.v1.LogChunk & mc.v1.LogChunk.$Shape;
            static create(properties?: mc.v1.LogChunk.$Properties): mc.v1.LogChunk;
            static encode(message: mc.v1.LogChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.LogChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.LogChunk & mc.v1.LogChunk.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.LogChunk & mc.v1.LogChunk.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.LogChunk;
            static toObject(message: mc.v1.LogChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogChunk {
            interface $Properties {
                workload?: (string|null);
                stream_id?: (string|null);
                seq?: (number|null);
                ts_ms?: (number|null);
                lines?: (string[]|null);
                eof?: (boolean|null);
                run_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.LogChunk.$Properties;
        }

        interface ICommand extends mc.v1.Command.$Properties {
        }

        class Command {
            constructor(properties?: mc.v1.Command.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            issued_at_ms: number;
            expires_at_ms: number;
            reply_to: string;
            issuer: string;
            start?: (mc.v1.StartCmd.$Properties|null);
            stop?: (mc.v1.StopCmd.$Properties|null);
            restart?: (mc.v1.RestartCmd.$Properties|null);
            reload?: (mc.v1.ReloadCmd.$Properties|null);
            logs?: (mc.v1.LogsCmd.$Properties|null);
            status?: (mc.v1.StatusCmd.$Properties|null);
            list?: (mc.v1.ListCmd.$Properties|null);
            exec?: (mc.v1.ExecCmd.$Properties|null);
            logs_stop?: (mc.v1.LogsStopCmd.$Properties|null);
            exec_status?: (mc.v1.ExecStatusCmd.$Properties|null);
            exec_stop?: (mc.v1.ExecStopCmd.$Properties|null);
            shutdown?: (mc.v1.ShutdownCmd.$Properties|null);
            device_status?: (mc.v1.DeviceStatusCmd.$Properties|null);
            exec_list?: (mc.v1.ExecListCmd.$Properties|null);
            action?: ("start"|"stop"|"restart"|"reload"|"logs"|"status"|"list"|"exec"|"logs_stop"|"exec_status"|"exec_stop"|"shutdown"|"device_status"|"exec_list");
            static create(properties: mc.v1.Command.$Shape): mc.v1.Command & mc.v1.Command.$Shape;
            static create(properties?: mc.v1.Command.$Properties): mc.v1.Command;
            static encode(message: mc.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.Command & mc.v1.Command.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.Command & mc.v1.Command.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.Command;
            static toObject(message: mc.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {
            interface $Properties {
                id?: (string|null);
                issued_at_ms?: (number|null);
                expires_at_ms?: (number|null);
                reply_to?: (string|null);
                issuer?: (string|null);
                start?: (mc.v1.StartCmd.$Properties|null);
                stop?: (mc.v1.StopCmd.$Properties|null);
                restart?: (mc.v1.RestartCmd.$Properties|null);
                reload?: (mc.v1.ReloadCmd.$Properties|null);
                logs?: (mc.v1.LogsCmd.$Properties|null);
                status?: (mc.v1.StatusCmd.$Properties|null);
                list?: (mc.v1.ListCmd.$Properties|null);
                exec?: (mc.v1.ExecCmd.$Properties|null);
                logs_stop?: (mc.v1.LogsStopCmd.$Properties|null);
                exec_status?: (mc.v1.ExecStatusCmd.$Properties|null);
                exec_stop?: (mc.v1.ExecStopCmd.$Properties|null);
                shutdown?: (mc.v1.ShutdownCmd.$Properties|null);
                device_status?: (mc.v1.DeviceStatusCmd.$Properties|null);
                exec_list?: (mc.v1.ExecListCmd.$Properties|null);
                action?: ("start"|"stop"|"restart"|"reload"|"logs"|"status"|"list"|"exec"|"logs_stop"|"exec_status"|"exec_stop"|"shutdown"|"device_status"|"exec_list");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: string|null;
              issued_at_ms?: number|null;
              expires_at_ms?: number|null;
              reply_to?: string|null;
              issuer?: string|null;
              start?: mc.v1.StartCmd.$Shape|null;
              stop?: mc.v1.StopCmd.$Shape|null;
              restart?: mc.v1.RestartCmd.$Shape|null;
              reload?: mc.v1.ReloadCmd.$Shape|null;
              logs?: mc.v1.LogsCmd.$Shape|null;
              status?: mc.v1.StatusCmd.$Shape|null;
              list?: mc.v1.ListCmd.$Shape|null;
              exec?: mc.v1.ExecCmd.$Shape|null;
              logs_stop?: mc.v1.LogsStopCmd.$Shape|null;
              exec_status?: mc.v1.ExecStatusCmd.$Shape|null;
              exec_stop?: mc.v1.ExecStopCmd.$Shape|null;
              shutdown?: mc.v1.ShutdownCmd.$Shape|null;
              device_status?: mc.v1.DeviceStatusCmd.$Shape|null;
              exec_list?: mc.v1.ExecListCmd.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ action?: undefined; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "start"; start: mc.v1.StartCmd.$Shape; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "stop"; start?: null; stop: mc.v1.StopCmd.$Shape; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "restart"; start?: null; stop?: null; restart: mc.v1.RestartCmd.$Shape; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "reload"; start?: null; stop?: null; restart?: null; reload: mc.v1.ReloadCmd.$Shape; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "logs"; start?: null; stop?: null; restart?: null; reload?: null; logs: mc.v1.LogsCmd.$Shape; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "status"; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status: mc.v1.StatusCmd.$Shape; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "list"; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list: mc.v1.ListCmd.$Shape; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "exec"; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec: mc.v1.ExecCmd.$Shape; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "logs_stop"; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop: mc.v1.LogsStopCmd.$Shape; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "exec_status"; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status: mc.v1.ExecStatusCmd.$Shape; exec_stop?: null; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "exec_stop"; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop: mc.v1.ExecStopCmd.$Shape; shutdown?: null; device_status?: null; exec_list?: null }|{ action?: "shutdown"; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown: mc.v1.ShutdownCmd.$Shape; device_status?: null; exec_list?: null }|{ action?: "device_status"; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status: mc.v1.DeviceStatusCmd.$Shape; exec_list?: null }|{ action?: "exec_list"; start?: null; stop?: null; restart?: null; reload?: null; logs?: null; status?: null; list?: null; exec?: null; logs_stop?: null; exec_status?: null; exec_stop?: null; shutdown?: null; device_status?: null; exec_list: mc.v1.ExecListCmd.$Shape })
            );
        }

        interface IStartCmd extends mc.v1.StartCmd.$Properties {
        }

        class StartCmd {
            constructor(properties?: mc.v1.StartCmd.$Properties);
            $unknowns?: Uint8Array[];
            workload: string;
            static create(properties: mc.v1.StartCmd.$Shape): mc.v1.StartCmd & mc.v1.StartCmd.$Shape;
            static create(properties?: mc.v1.StartCmd.$Properties): mc.v1.StartCmd;
            static encode(message: mc.v1.StartCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.StartCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.StartCmd & mc.v1.StartCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.StartCmd & mc.v1.StartCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.StartCmd;
            static toObject(message: mc.v1.StartCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartCmd {
            interface $Properties {
                workload?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.StartCmd.$Properties;
        }

        interface IStopCmd extends mc.v1.StopCmd.$Properties {
        }

        class StopCmd {
            constructor(properties?: mc.v1.StopCmd.$Properties);
            $unknowns?: Uint8Array[];
            workload: string;
            static create(properties: mc.v1.StopCmd.$Shape): mc.v1.StopCmd & mc.v1.StopCmd.$Shape;
            static create(properties?: mc.v1.StopCmd.$Properties): mc.v1.StopCmd;
            static encode(message: mc.v1.StopCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.StopCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.StopCmd & mc.v1.StopCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.StopCmd & mc.v1.StopCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.StopCmd;
            static toObject(message: mc.v1.StopCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopCmd {
            interface $Properties {
                workload?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.StopCmd.$Properties;
        }

        interface IRestartCmd extends mc.v1.RestartCmd.$Properties {
        }

        class RestartCmd {
            constructor(properties?: mc.v1.RestartCmd.$Properties);
            $unknowns?: Uint8Array[];
            workload: string;
            static create(properties: mc.v1.RestartCmd.$Shape): mc.v1.RestartCmd & mc.v1.RestartCmd.$Shape;
            static create(properties?: mc.v1.RestartCmd.$Properties): mc.v1.RestartCmd;
            static encode(message: mc.v1.RestartCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.RestartCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.RestartCmd & mc.v1.RestartCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.RestartCmd & mc.v1.RestartCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.RestartCmd;
            static toObject(message: mc.v1.RestartCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RestartCmd {
            interface $Properties {
                workload?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.RestartCmd.$Properties;
        }

        interface IReloadCmd extends mc.v1.ReloadCmd.$Properties {
        }

        class ReloadCmd {
            constructor(properties?: mc.v1.ReloadCmd.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: mc.v1.ReloadCmd.$Shape): mc.v1.ReloadCmd & mc.v1.ReloadCmd.$Shape;
            static create(properties?: mc.v1.ReloadCmd.$Properties): mc.v1.ReloadCmd;
            static encode(message: mc.v1.ReloadCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ReloadCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ReloadCmd & mc.v1.ReloadCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ReloadCmd & mc.v1.ReloadCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ReloadCmd;
            static toObject(message: mc.v1.ReloadCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReloadCmd {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ReloadCmd.$Properties;
        }

        interface ILogsCmd extends mc.v1.LogsCmd.$Properties {
        }

        class LogsCmd {
            constructor(properties?: mc.v1.LogsCmd.$Properties);
            $unknowns?: Uint8Array[];
            workload: string;
            run_id: string;
            lines: number;
            follow: boolean;
            follow_seconds: number;
            from_start: boolean;
            static create(properties: mc.v1.LogsCmd.$Shape): mc.v1.LogsCmd & mc.v1.LogsCmd.$Shape;
            static create(properties?: mc.v1.LogsCmd.$Properties): mc.v1.LogsCmd;
            static encode(message: mc.v1.LogsCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.LogsCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.LogsCmd & mc.v1.LogsCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.LogsCmd & mc.v1.LogsCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.LogsCmd;
            static toObject(message: mc.v1.LogsCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogsCmd {
            interface $Properties {
                workload?: (string|null);
                run_id?: (string|null);
                lines?: (number|null);
                follow?: (boolean|null);
                follow_seconds?: (number|null);
                from_start?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.LogsCmd.$Properties;
        }

        interface ILogsStopCmd extends mc.v1.LogsStopCmd.$Properties {
        }

        class LogsStopCmd {
            constructor(properties?: mc.v1.LogsStopCmd.$Properties);
            $unknowns?: Uint8Array[];
            stream_id: string;
            static create(properties: mc.v1.LogsStopCmd.$Shape): mc.v1.LogsStopCmd & mc.v1.LogsStopCmd.$Shape;
            static create(properties?: mc.v1.LogsStopCmd.$Properties): mc.v1.LogsStopCmd;
            static encode(message: mc.v1.LogsStopCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.LogsStopCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.LogsStopCmd & mc.v1.LogsStopCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.LogsStopCmd & mc.v1.LogsStopCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.LogsStopCmd;
            static toObject(message: mc.v1.LogsStopCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogsStopCmd {
            interface $Properties {
                stream_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.LogsStopCmd.$Properties;
        }

        interface IStatusCmd extends mc.v1.StatusCmd.$Properties {
        }

        class StatusCmd {
            constructor(properties?: mc.v1.StatusCmd.$Properties);
            $unknowns?: Uint8Array[];
            workload: string;
            runs: number;
            static create(properties: mc.v1.StatusCmd.$Shape): mc.v1.StatusCmd & mc.v1.StatusCmd.$Shape;
            static create(properties?: mc.v1.StatusCmd.$Properties): mc.v1.StatusCmd;
            static encode(message: mc.v1.StatusCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.StatusCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.StatusCmd & mc.v1.StatusCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.StatusCmd & mc.v1.StatusCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.StatusCmd;
            static toObject(message: mc.v1.StatusCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusCmd {
            interface $Properties {
                workload?: (string|null);
                runs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.StatusCmd.$Properties;
        }

        interface IListCmd extends mc.v1.ListCmd.$Properties {
        }

        class ListCmd {
            constructor(properties?: mc.v1.ListCmd.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: mc.v1.ListCmd.$Shape): mc.v1.ListCmd & mc.v1.ListCmd.$Shape;
            static create(properties?: mc.v1.ListCmd.$Properties): mc.v1.ListCmd;
            static encode(message: mc.v1.ListCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ListCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ListCmd & mc.v1.ListCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ListCmd & mc.v1.ListCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ListCmd;
            static toObject(message: mc.v1.ListCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListCmd {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ListCmd.$Properties;
        }

        interface IDeviceStatusCmd extends mc.v1.DeviceStatusCmd.$Properties {
        }

        class DeviceStatusCmd {
            constructor(properties?: mc.v1.DeviceStatusCmd.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: mc.v1.DeviceStatusCmd.$Shape): mc.v1.DeviceStatusCmd & mc.v1.DeviceStatusCmd.$Shape;
            static create(properties?: mc.v1.DeviceStatusCmd.$Properties): mc.v1.DeviceStatusCmd;
            static encode(message: mc.v1.DeviceStatusCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.DeviceStatusCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.DeviceStatusCmd & mc.v1.DeviceStatusCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.DeviceStatusCmd & mc.v1.DeviceStatusCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.DeviceStatusCmd;
            static toObject(message: mc.v1.DeviceStatusCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceStatusCmd {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.DeviceStatusCmd.$Properties;
        }

        interface IExecCmd extends mc.v1.ExecCmd.$Properties {
        }

        class ExecCmd {
            constructor(properties?: mc.v1.ExecCmd.$Properties);
            $unknowns?: Uint8Array[];
            argv: string[];
            script: string;
            interpreter: string;
            timeout_s: number;
            memory_limit_mb: number;
            cpu_nice: number;
            env: { [k: string]: string };
            cwd: string;
            task_id: string;
            attempt: number;
            image: string;
            rootfs: string;
            cpu_limit: number;
            mounts: mc.v1.Mount.$Properties[];
            static create(properties: mc.v1.ExecCmd.$Shape): mc.v1.ExecCmd & mc.v1.ExecCmd.$Shape;
            static create(properties?: mc.v1.ExecCmd.$Properties): mc.v1.ExecCmd;
            static encode(message: mc.v1.ExecCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ExecCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ExecCmd & mc.v1.ExecCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ExecCmd & mc.v1.ExecCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ExecCmd;
            static toObject(message: mc.v1.ExecCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecCmd {
            interface $Properties {
                argv?: (string[]|null);
                script?: (string|null);
                interpreter?: (string|null);
                timeout_s?: (number|null);
                memory_limit_mb?: (number|null);
                cpu_nice?: (number|null);
                env?: ({ [k: string]: string }|null);
                cwd?: (string|null);
                task_id?: (string|null);
                attempt?: (number|null);
                image?: (string|null);
                rootfs?: (string|null);
                cpu_limit?: (number|null);
                mounts?: (mc.v1.Mount.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ExecCmd.$Properties;
        }

        interface IMount extends mc.v1.Mount.$Properties {
        }

        class Mount {
            constructor(properties?: mc.v1.Mount.$Properties);
            $unknowns?: Uint8Array[];
            source: string;
            target: string;
            read_only: boolean;
            static create(properties: mc.v1.Mount.$Shape): mc.v1.Mount & mc.v1.Mount.$Shape;
            static create(properties?: mc.v1.Mount.$Properties): mc.v1.Mount;
            static encode(message: mc.v1.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.Mount & mc.v1.Mount.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.Mount & mc.v1.Mount.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.Mount;
            static toObject(message: mc.v1.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mount {
            interface $Properties {
                source?: (string|null);
                target?: (string|null);
                read_only?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.Mount.$Properties;
        }

        interface IExecListCmd extends mc.v1.ExecListCmd.$Properties {
        }

        class ExecListCmd {
            constructor(properties?: mc.v1.ExecListCmd.$Properties);
            $unknowns?: Uint8Array[];
            task_id: string;
            limit: number;
            static create(properties: mc.v1.ExecListCmd.$Shape): mc.v1.ExecListCmd & mc.v1.ExecListCmd.$Shape;
            static create(properties?: mc.v1.ExecListCmd.$Properties): mc.v1.ExecListCmd;
            static encode(message: mc.v1.ExecListCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ExecListCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ExecListCmd & mc.v1.ExecListCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ExecListCmd & mc.v1.ExecListCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ExecListCmd;
            static toObject(message: mc.v1.ExecListCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecListCmd {
            interface $Properties {
                task_id?: (string|null);
                limit?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ExecListCmd.$Properties;
        }

        interface IExecStatusCmd extends mc.v1.ExecStatusCmd.$Properties {
        }

        class ExecStatusCmd {
            constructor(properties?: mc.v1.ExecStatusCmd.$Properties);
            $unknowns?: Uint8Array[];
            run_id: string;
            static create(properties: mc.v1.ExecStatusCmd.$Shape): mc.v1.ExecStatusCmd & mc.v1.ExecStatusCmd.$Shape;
            static create(properties?: mc.v1.ExecStatusCmd.$Properties): mc.v1.ExecStatusCmd;
            static encode(message: mc.v1.ExecStatusCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ExecStatusCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ExecStatusCmd & mc.v1.ExecStatusCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ExecStatusCmd & mc.v1.ExecStatusCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ExecStatusCmd;
            static toObject(message: mc.v1.ExecStatusCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecStatusCmd {
            interface $Properties {
                run_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ExecStatusCmd.$Properties;
        }

        interface IExecStopCmd extends mc.v1.ExecStopCmd.$Properties {
        }

        class ExecStopCmd {
            constructor(properties?: mc.v1.ExecStopCmd.$Properties);
            $unknowns?: Uint8Array[];
            run_id: string;
            static create(properties: mc.v1.ExecStopCmd.$Shape): mc.v1.ExecStopCmd & mc.v1.ExecStopCmd.$Shape;
            static create(properties?: mc.v1.ExecStopCmd.$Properties): mc.v1.ExecStopCmd;
            static encode(message: mc.v1.ExecStopCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ExecStopCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ExecStopCmd & mc.v1.ExecStopCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ExecStopCmd & mc.v1.ExecStopCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ExecStopCmd;
            static toObject(message: mc.v1.ExecStopCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecStopCmd {
            interface $Properties {
                run_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ExecStopCmd.$Properties;
        }

        interface IShutdownCmd extends mc.v1.ShutdownCmd.$Properties {
        }

        class ShutdownCmd {
            constructor(properties?: mc.v1.ShutdownCmd.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: mc.v1.ShutdownCmd.$Shape): mc.v1.ShutdownCmd & mc.v1.ShutdownCmd.$Shape;
            static create(properties?: mc.v1.ShutdownCmd.$Properties): mc.v1.ShutdownCmd;
            static encode(message: mc.v1.ShutdownCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ShutdownCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ShutdownCmd & mc.v1.ShutdownCmd.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ShutdownCmd & mc.v1.ShutdownCmd.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ShutdownCmd;
            static toObject(message: mc.v1.ShutdownCmd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShutdownCmd {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ShutdownCmd.$Properties;
        }

        interface IReply extends mc.v1.Reply.$Properties {
        }

        class Reply {
            constructor(properties?: mc.v1.Reply.$Properties);
            $unknowns?: Uint8Array[];
            command_id: string;
            ok: boolean;
            error?: (mc.v1.Error.$Properties|null);
            ts_ms: number;
            device: string;
            workload?: (mc.v1.WorkloadState.$Properties|null);
            workloads?: (mc.v1.WorkloadList.$Properties|null);
            reload?: (mc.v1.ReloadResult.$Properties|null);
            logs?: (mc.v1.LogLines.$Properties|null);
            exec?: (mc.v1.ExecStarted.$Properties|null);
            exec_status?: (mc.v1.ExecStatus.$Properties|null);
            detail?: (mc.v1.WorkloadDetail.$Properties|null);
            device_status?: (mc.v1.DeviceStatus.$Properties|null);
            exec_list?: (mc.v1.ExecList.$Properties|null);
            result?: ("workload"|"workloads"|"reload"|"logs"|"exec"|"exec_status"|"detail"|"device_status"|"exec_list");
            static create(properties: mc.v1.Reply.$Shape): mc.v1.Reply & mc.v1.Reply.$Shape;
            static create(properties?: mc.v1.Reply.$Properties): mc.v1.Reply;
            static encode(message: mc.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.Reply & mc.v1.Reply.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.Reply & mc.v1.Reply.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.Reply;
            static toObject(message: mc.v1.Reply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reply {
            interface $Properties {
                command_id?: (string|null);
                ok?: (boolean|null);
                error?: (mc.v1.Error.$Properties|null);
                ts_ms?: (number|null);
                device?: (string|null);
                workload?: (mc.v1.WorkloadState.$Properties|null);
                workloads?: (mc.v1.WorkloadList.$Properties|null);
                reload?: (mc.v1.ReloadResult.$Properties|null);
                logs?: (mc.v1.LogLines.$Properties|null);
                exec?: (mc.v1.ExecStarted.$Properties|null);
                exec_status?: (mc.v1.ExecStatus.$Properties|null);
                detail?: (mc.v1.WorkloadDetail.$Properties|null);
                device_status?: (mc.v1.DeviceStatus.$Properties|null);
                exec_list?: (mc.v1.ExecList.$Properties|null);
                result?: ("workload"|"workloads"|"reload"|"logs"|"exec"|"exec_status"|"detail"|"device_status"|"exec_list");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              command_id?: string|null;
              ok?: boolean|null;
              error?: mc.v1.Error.$Shape|null;
              ts_ms?: number|null;
              device?: string|null;
              workload?: mc.v1.WorkloadState.$Shape|null;
              workloads?: mc.v1.WorkloadList.$Shape|null;
              reload?: mc.v1.ReloadResult.$Shape|null;
              logs?: mc.v1.LogLines.$Shape|null;
              exec?: mc.v1.ExecStarted.$Shape|null;
              exec_status?: mc.v1.ExecStatus.$Shape|null;
              detail?: mc.v1.WorkloadDetail.$Shape|null;
              device_status?: mc.v1.DeviceStatus.$Shape|null;
              exec_list?: mc.v1.ExecList.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; workload?: null; workloads?: null; reload?: null; logs?: null; exec?: null; exec_status?: null; detail?: null; device_status?: null; exec_list?: null }|{ result?: "workload"; workload: mc.v1.WorkloadState.$Shape; workloads?: null; reload?: null; logs?: null; exec?: null; exec_status?: null; detail?: null; device_status?: null; exec_list?: null }|{ result?: "workloads"; workload?: null; workloads: mc.v1.WorkloadList.$Shape; reload?: null; logs?: null; exec?: null; exec_status?: null; detail?: null; device_status?: null; exec_list?: null }|{ result?: "reload"; workload?: null; workloads?: null; reload: mc.v1.ReloadResult.$Shape; logs?: null; exec?: null; exec_status?: null; detail?: null; device_status?: null; exec_list?: null }|{ result?: "logs"; workload?: null; workloads?: null; reload?: null; logs: mc.v1.LogLines.$Shape; exec?: null; exec_status?: null; detail?: null; device_status?: null; exec_list?: null }|{ result?: "exec"; workload?: null; workloads?: null; reload?: null; logs?: null; exec: mc.v1.ExecStarted.$Shape; exec_status?: null; detail?: null; device_status?: null; exec_list?: null }|{ result?: "exec_status"; workload?: null; workloads?: null; reload?: null; logs?: null; exec?: null; exec_status: mc.v1.ExecStatus.$Shape; detail?: null; device_status?: null; exec_list?: null }|{ result?: "detail"; workload?: null; workloads?: null; reload?: null; logs?: null; exec?: null; exec_status?: null; detail: mc.v1.WorkloadDetail.$Shape; device_status?: null; exec_list?: null }|{ result?: "device_status"; workload?: null; workloads?: null; reload?: null; logs?: null; exec?: null; exec_status?: null; detail?: null; device_status: mc.v1.DeviceStatus.$Shape; exec_list?: null }|{ result?: "exec_list"; workload?: null; workloads?: null; reload?: null; logs?: null; exec?: null; exec_status?: null; detail?: null; device_status?: null; exec_list: mc.v1.ExecList.$Shape })
            );
        }

        interface IError extends mc.v1.Error.$Properties {
        }

        class Error {
            constructor(properties?: mc.v1.Error.$Properties);
            $unknowns?: Uint8Array[];
            code: string;
            message: string;
            static create(properties: mc.v1.Error.$Shape): mc.v1.Error & mc.v1.Error.$Shape;
            static create(properties?: mc.v1.Error.$Properties): mc.v1.Error;
            static encode(message: mc.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.Error & mc.v1.Error.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.Error & mc.v1.Error.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.Error;
            static toObject(message: mc.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {
            interface $Properties {
                code?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.Error.$Properties;
        }

        interface IWorkloadList extends mc.v1.WorkloadList.$Properties {
        }

        class WorkloadList {
            constructor(properties?: mc.v1.WorkloadList.$Properties);
            $unknowns?: Uint8Array[];
            workloads: mc.v1.WorkloadState.$Properties[];
            static create(properties: mc.v1.WorkloadList.$Shape): mc.v1.WorkloadList & mc.v1.WorkloadList.$Shape;
            static create(properties?: mc.v1.WorkloadList.$Properties): mc.v1.WorkloadList;
            static encode(message: mc.v1.WorkloadList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.WorkloadList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.WorkloadList & mc.v1.WorkloadList.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.WorkloadList & mc.v1.WorkloadList.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.WorkloadList;
            static toObject(message: mc.v1.WorkloadList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkloadList {
            interface $Properties {
                workloads?: (mc.v1.WorkloadState.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.WorkloadList.$Properties;
        }

        interface IRunRecord extends mc.v1.RunRecord.$Properties {
        }

        class RunRecord {
            constructor(properties?: mc.v1.RunRecord.$Properties);
            $unknowns?: Uint8Array[];
            run_id: string;
            started_ms: number;
            ended_ms: number;
            exit_code?: (number|null);
            signal: string;
            duration_ms: number;
            reason: string;
            static create(properties: mc.v1.RunRecord.$Shape): mc.v1.RunRecord & mc.v1.RunRecord.$Shape;
            static create(properties?: mc.v1.RunRecord.$Properties): mc.v1.RunRecord;
            static encode(message: mc.v1.RunRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.RunRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.RunRecord & mc.v1.RunRecord.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.RunRecord & mc.v1.RunRecord.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.RunRecord;
            static toObject(message: mc.v1.RunRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunRecord {
            interface $Properties {
                run_id?: (string|null);
                started_ms?: (number|null);
                ended_ms?: (number|null);
                exit_code?: (number|null);
                signal?: (string|null);
                duration_ms?: (number|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.RunRecord.$Properties;
        }

        interface IWorkloadDetail extends mc.v1.WorkloadDetail.$Properties {
        }

        class WorkloadDetail {
            constructor(properties?: mc.v1.WorkloadDetail.$Properties);
            $unknowns?: Uint8Array[];
            state?: (mc.v1.WorkloadState.$Properties|null);
            runs: mc.v1.RunRecord.$Properties[];
            static create(properties: mc.v1.WorkloadDetail.$Shape): mc.v1.WorkloadDetail & mc.v1.WorkloadDetail.$Shape;
            static create(properties?: mc.v1.WorkloadDetail.$Properties): mc.v1.WorkloadDetail;
            static encode(message: mc.v1.WorkloadDetail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.WorkloadDetail.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.WorkloadDetail & mc.v1.WorkloadDetail.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.WorkloadDetail & mc.v1.WorkloadDetail.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.WorkloadDetail;
            static toObject(message: mc.v1.WorkloadDetail, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkloadDetail {
            interface $Properties {
                state?: (mc.v1.WorkloadState.$Properties|null);
                runs?: (mc.v1.RunRecord.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.WorkloadDetail.$Properties;
        }

        interface IReloadResult extends mc.v1.ReloadResult.$Properties {
        }

        class ReloadResult {
            constructor(properties?: mc.v1.ReloadResult.$Properties);
            $unknowns?: Uint8Array[];
            added: string[];
            removed: string[];
            updated: string[];
            unchanged: string[];
            static create(properties: mc.v1.ReloadResult.$Shape): mc.v1.ReloadResult & mc.v1.ReloadResult.$Shape;
            static create(properties?: mc.v1.ReloadResult.$Properties): mc.v1.ReloadResult;
            static encode(message: mc.v1.ReloadResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ReloadResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ReloadResult & mc.v1.ReloadResult.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ReloadResult & mc.v1.ReloadResult.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ReloadResult;
            static toObject(message: mc.v1.ReloadResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReloadResult {
            interface $Properties {
                added?: (string[]|null);
                removed?: (string[]|null);
                updated?: (string[]|null);
                unchanged?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ReloadResult.$Properties;
        }

        interface ILogLines extends mc.v1.LogLines.$Properties {
        }

        class LogLines {
            constructor(properties?: mc.v1.LogLines.$Properties);
            $unknowns?: Uint8Array[];
            workload: string;
            run_id: string;
            lines: string[];
            stream_id: string;
            static create(properties: mc.v1.LogLines.$Shape): mc.v1.LogLines & mc.v1.LogLines.$Shape;
            static create(properties?: mc.v1.LogLines.$Properties): mc.v1.LogLines;
            static encode(message: mc.v1.LogLines.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.LogLines.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.LogLines & mc.v1.LogLines.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.LogLines & mc.v1.LogLines.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.LogLines;
            static toObject(message: mc.v1.LogLines, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogLines {
            interface $Properties {
                workload?: (string|null);
                run_id?: (string|null);
                lines?: (string[]|null);
                stream_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.LogLines.$Properties;
        }

        interface IExecStarted extends mc.v1.ExecStarted.$Properties {
        }

        class ExecStarted {
            constructor(properties?: mc.v1.ExecStarted.$Properties);
            $unknowns?: Uint8Array[];
            run_id: string;
            pid: number;
            static create(properties: mc.v1.ExecStarted.$Shape): mc.v1.ExecStarted & mc.v1.ExecStarted.$Shape;
            static create(properties?: mc.v1.ExecStarted.$Properties): mc.v1.ExecStarted;
            static encode(message: mc.v1.ExecStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ExecStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ExecStarted & mc.v1.ExecStarted.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ExecStarted & mc.v1.ExecStarted.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ExecStarted;
            static toObject(message: mc.v1.ExecStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecStarted {
            interface $Properties {
                run_id?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ExecStarted.$Properties;
        }

        interface IExecStatus extends mc.v1.ExecStatus.$Properties {
        }

        class ExecStatus {
            constructor(properties?: mc.v1.ExecStatus.$Properties);
            $unknowns?: Uint8Array[];
            run_id: string;
            state: string;
            pid: number;
            started_ms: number;
            ended_ms: number;
            exit_code?: (number|null);
            signal: string;
            output_tail: string;
            task_id: string;
            reason: string;
            duration_ms: number;
            attempt: number;
            message: string;
            runtime: string;
            command: string;
            static create(properties: mc.v1.ExecStatus.$Shape): mc.v1.ExecStatus & mc.v1.ExecStatus.$Shape;
            static create(properties?: mc.v1.ExecStatus.$Properties): mc.v1.ExecStatus;
            static encode(message: mc.v1.ExecStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ExecStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ExecStatus & mc.v1.ExecStatus.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ExecStatus & mc.v1.ExecStatus.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ExecStatus;
            static toObject(message: mc.v1.ExecStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecStatus {
            interface $Properties {
                run_id?: (string|null);
                state?: (string|null);
                pid?: (number|null);
                started_ms?: (number|null);
                ended_ms?: (number|null);
                exit_code?: (number|null);
                signal?: (string|null);
                output_tail?: (string|null);
                task_id?: (string|null);
                reason?: (string|null);
                duration_ms?: (number|null);
                attempt?: (number|null);
                message?: (string|null);
                runtime?: (string|null);
                command?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ExecStatus.$Properties;
        }

        interface IExecList extends mc.v1.ExecList.$Properties {
        }

        class ExecList {
            constructor(properties?: mc.v1.ExecList.$Properties);
            $unknowns?: Uint8Array[];
            runs: mc.v1.ExecStatus.$Properties[];
            static create(properties: mc.v1.ExecList.$Shape): mc.v1.ExecList & mc.v1.ExecList.$Shape;
            static create(properties?: mc.v1.ExecList.$Properties): mc.v1.ExecList;
            static encode(message: mc.v1.ExecList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ExecList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ExecList & mc.v1.ExecList.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ExecList & mc.v1.ExecList.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ExecList;
            static toObject(message: mc.v1.ExecList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecList {
            interface $Properties {
                runs?: (mc.v1.ExecStatus.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ExecList.$Properties;
        }

        interface IDesiredState extends mc.v1.DesiredState.$Properties {
        }

        class DesiredState {
            constructor(properties?: mc.v1.DesiredState.$Properties);
            $unknowns?: Uint8Array[];
            release: string;
            sha256: string;
            generation: number;
            deployment_id: string;
            ts_ms: number;
            static create(properties: mc.v1.DesiredState.$Shape): mc.v1.DesiredState & mc.v1.DesiredState.$Shape;
            static create(properties?: mc.v1.DesiredState.$Properties): mc.v1.DesiredState;
            static encode(message: mc.v1.DesiredState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.DesiredState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.DesiredState & mc.v1.DesiredState.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.DesiredState & mc.v1.DesiredState.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.DesiredState;
            static toObject(message: mc.v1.DesiredState, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DesiredState {
            interface $Properties {
                release?: (string|null);
                sha256?: (string|null);
                generation?: (number|null);
                deployment_id?: (string|null);
                ts_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.DesiredState.$Properties;
        }

        interface IReleaseFile extends mc.v1.ReleaseFile.$Properties {
        }

        class ReleaseFile {
            constructor(properties?: mc.v1.ReleaseFile.$Properties);
            $unknowns?: Uint8Array[];
            path: string;
            content: Uint8Array;
            mode: number;
            static create(properties: mc.v1.ReleaseFile.$Shape): mc.v1.ReleaseFile & mc.v1.ReleaseFile.$Shape;
            static create(properties?: mc.v1.ReleaseFile.$Properties): mc.v1.ReleaseFile;
            static encode(message: mc.v1.ReleaseFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.ReleaseFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.ReleaseFile & mc.v1.ReleaseFile.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.ReleaseFile & mc.v1.ReleaseFile.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.ReleaseFile;
            static toObject(message: mc.v1.ReleaseFile, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReleaseFile {
            interface $Properties {
                path?: (string|null);
                content?: (Uint8Array|null);
                mode?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.ReleaseFile.$Properties;
        }

        interface IRelease extends mc.v1.Release.$Properties {
        }

        class Release {
            constructor(properties?: mc.v1.Release.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            sha256: string;
            files: mc.v1.ReleaseFile.$Properties[];
            created_ms: number;
            notes: string;
            size_bytes: number;
            static create(properties: mc.v1.Release.$Shape): mc.v1.Release & mc.v1.Release.$Shape;
            static create(properties?: mc.v1.Release.$Properties): mc.v1.Release;
            static encode(message: mc.v1.Release.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: mc.v1.Release.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mc.v1.Release & mc.v1.Release.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mc.v1.Release & mc.v1.Release.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): mc.v1.Release;
            static toObject(message: mc.v1.Release, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Release {
            interface $Properties {
                version?: (string|null);
                sha256?: (string|null);
                files?: (mc.v1.ReleaseFile.$Properties[]|null);
                created_ms?: (number|null);
                notes?: (string|null);
                size_bytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = mc.v1.Release.$Properties;
        }
    }
}
