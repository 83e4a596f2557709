// GENERATED from proto/mc.proto by proto/generate.js: do not edit.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const mc = $root.mc = (() => {

    const mc = {};

    mc.v1 = (function() {

        const v1 = {};

        v1.Presence = (function() {

            const Presence = function (properties) {
                this.capabilities = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Presence.prototype.online = false;
            Presence.prototype.since_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Presence.prototype.boot_id = "";
            Presence.prototype.daemon_version = "";
            Presence.prototype.release = "";
            Presence.prototype.hostname = "";
            Presence.prototype.reason = "";
            Presence.prototype.capabilities = $util.emptyArray;

            Presence.create = function(properties) {
                return new Presence(properties);
            };

            Presence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                    writer.uint32(8).bool(message.online);
                if (message.since_ms != null && $Object.hasOwnProperty.call(message, "since_ms") && (typeof message.since_ms === "object" ? message.since_ms.low || message.since_ms.high : message.since_ms !== 0))
                    writer.uint32(16).int64(message.since_ms);
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id") && message.boot_id !== "")
                    writer.uint32(26).string(message.boot_id);
                if (message.daemon_version != null && $Object.hasOwnProperty.call(message, "daemon_version") && message.daemon_version !== "")
                    writer.uint32(34).string(message.daemon_version);
                if (message.release != null && $Object.hasOwnProperty.call(message, "release") && message.release !== "")
                    writer.uint32(42).string(message.release);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(50).string(message.hostname);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(58).string(message.reason);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        writer.uint32(66).string(message.capabilities[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Presence.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Presence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.Presence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.online = value;
                            else
                                delete message.online;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.since_ms = value;
                            else
                                delete message.since_ms;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.boot_id = value;
                            else
                                delete message.boot_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.daemon_version = value;
                            else
                                delete message.daemon_version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.release = value;
                            else
                                delete message.release;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Presence.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Presence.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    if (typeof message.online !== "boolean")
                        return "online: boolean expected";
                if (message.since_ms != null && $Object.hasOwnProperty.call(message, "since_ms"))
                    if (!$util.isInteger(message.since_ms) && !(message.since_ms && $util.isInteger(message.since_ms.low) && $util.isInteger(message.since_ms.high)))
                        return "since_ms: integer|Long expected";
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id"))
                    if (!$util.isString(message.boot_id))
                        return "boot_id: string expected";
                if (message.daemon_version != null && $Object.hasOwnProperty.call(message, "daemon_version"))
                    if (!$util.isString(message.daemon_version))
                        return "daemon_version: string expected";
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    if (!$util.isString(message.release))
                        return "release: string expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities")) {
                    if (!$Array.isArray(message.capabilities))
                        return "capabilities: array expected";
                    for (let i = 0; i < message.capabilities.length; ++i)
                        if (!$util.isString(message.capabilities[i]))
                            return "capabilities: string[] expected";
                }
                return null;
            };

            Presence.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.Presence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.Presence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.Presence();
                if (object.online != null)
                    if (object.online)
                        message.online = $Boolean(object.online);
                if (object.since_ms != null)
                    if (typeof object.since_ms === "object" ? object.since_ms.low || object.since_ms.high : $Number(object.since_ms) !== 0)
                        if ($util.Long)
                            message.since_ms = $util.Long.fromValue(object.since_ms, false);
                        else if (typeof object.since_ms === "string")
                            message.since_ms = $parseInt(object.since_ms, 10);
                        else if (typeof object.since_ms === "number")
                            message.since_ms = object.since_ms;
                        else if (typeof object.since_ms === "object")
                            message.since_ms = new $util.LongBits(object.since_ms.low >>> 0, object.since_ms.high >>> 0).toNumber();
                if (object.boot_id != null)
                    if (typeof object.boot_id !== "string" || object.boot_id.length)
                        message.boot_id = $String(object.boot_id);
                if (object.daemon_version != null)
                    if (typeof object.daemon_version !== "string" || object.daemon_version.length)
                        message.daemon_version = $String(object.daemon_version);
                if (object.release != null)
                    if (typeof object.release !== "string" || object.release.length)
                        message.release = $String(object.release);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.capabilities) {
                    if (!$Array.isArray(object.capabilities))
                        throw $TypeError(".mc.v1.Presence.capabilities: array expected");
                    message.capabilities = $Array(object.capabilities.length);
                    for (let i = 0; i < object.capabilities.length; ++i)
                        message.capabilities[i] = $String(object.capabilities[i]);
                }
                return message;
            };

            Presence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.capabilities = [];
                if (options.defaults) {
                    object.online = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.since_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.since_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.boot_id = "";
                    object.daemon_version = "";
                    object.release = "";
                    object.hostname = "";
                    object.reason = "";
                }
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    object.online = message.online;
                if (message.since_ms != null && $Object.hasOwnProperty.call(message, "since_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.since_ms = typeof message.since_ms === "number" ? $BigInt(message.since_ms) : $util.Long.fromBits(message.since_ms.low >>> 0, message.since_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.since_ms === "number")
                        object.since_ms = options.longs === $String ? $String(message.since_ms) : message.since_ms;
                    else
                        object.since_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.since_ms) : options.longs === $Number ? new $util.LongBits(message.since_ms.low >>> 0, message.since_ms.high >>> 0).toNumber() : message.since_ms;
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id"))
                    object.boot_id = message.boot_id;
                if (message.daemon_version != null && $Object.hasOwnProperty.call(message, "daemon_version"))
                    object.daemon_version = message.daemon_version;
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    object.release = message.release;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.capabilities && message.capabilities.length) {
                    object.capabilities = $Array(message.capabilities.length);
                    for (let j = 0; j < message.capabilities.length; ++j)
                        object.capabilities[j] = message.capabilities[j];
                }
                return object;
            };

            Presence.prototype.toJSON = function() {
                return Presence.toObject(this, $protobuf.util.toJSONOptions);
            };

            Presence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.Presence";
            };

            return Presence;
        })();

        v1.SystemMetrics = (function() {

            const SystemMetrics = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SystemMetrics.prototype.cpu_percent = 0;
            SystemMetrics.prototype.mem_used_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.mem_total_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.disk_used_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.disk_total_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.load1 = 0;
            SystemMetrics.prototype.load5 = 0;
            SystemMetrics.prototype.load15 = 0;
            SystemMetrics.prototype.uptime_s = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.daemon_rss_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            SystemMetrics.create = function(properties) {
                return new SystemMetrics(properties);
            };

            SystemMetrics.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpu_percent != null && $Object.hasOwnProperty.call(message, "cpu_percent") && !$Object.is(message.cpu_percent, 0))
                    writer.uint32(13).float(message.cpu_percent);
                if (message.mem_used_bytes != null && $Object.hasOwnProperty.call(message, "mem_used_bytes") && (typeof message.mem_used_bytes === "object" ? message.mem_used_bytes.low || message.mem_used_bytes.high : message.mem_used_bytes !== 0))
                    writer.uint32(16).uint64(message.mem_used_bytes);
                if (message.mem_total_bytes != null && $Object.hasOwnProperty.call(message, "mem_total_bytes") && (typeof message.mem_total_bytes === "object" ? message.mem_total_bytes.low || message.mem_total_bytes.high : message.mem_total_bytes !== 0))
                    writer.uint32(24).uint64(message.mem_total_bytes);
                if (message.disk_used_bytes != null && $Object.hasOwnProperty.call(message, "disk_used_bytes") && (typeof message.disk_used_bytes === "object" ? message.disk_used_bytes.low || message.disk_used_bytes.high : message.disk_used_bytes !== 0))
                    writer.uint32(32).uint64(message.disk_used_bytes);
                if (message.disk_total_bytes != null && $Object.hasOwnProperty.call(message, "disk_total_bytes") && (typeof message.disk_total_bytes === "object" ? message.disk_total_bytes.low || message.disk_total_bytes.high : message.disk_total_bytes !== 0))
                    writer.uint32(40).uint64(message.disk_total_bytes);
                if (message.load1 != null && $Object.hasOwnProperty.call(message, "load1") && !$Object.is(message.load1, 0))
                    writer.uint32(53).float(message.load1);
                if (message.load5 != null && $Object.hasOwnProperty.call(message, "load5") && !$Object.is(message.load5, 0))
                    writer.uint32(61).float(message.load5);
                if (message.load15 != null && $Object.hasOwnProperty.call(message, "load15") && !$Object.is(message.load15, 0))
                    writer.uint32(69).float(message.load15);
                if (message.uptime_s != null && $Object.hasOwnProperty.call(message, "uptime_s") && (typeof message.uptime_s === "object" ? message.uptime_s.low || message.uptime_s.high : message.uptime_s !== 0))
                    writer.uint32(72).uint64(message.uptime_s);
                if (message.daemon_rss_bytes != null && $Object.hasOwnProperty.call(message, "daemon_rss_bytes") && (typeof message.daemon_rss_bytes === "object" ? message.daemon_rss_bytes.low || message.daemon_rss_bytes.high : message.daemon_rss_bytes !== 0))
                    writer.uint32(80).uint64(message.daemon_rss_bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SystemMetrics.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            SystemMetrics.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.SystemMetrics();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.cpu_percent = value;
                            else
                                delete message.cpu_percent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.mem_used_bytes = value;
                            else
                                delete message.mem_used_bytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.mem_total_bytes = value;
                            else
                                delete message.mem_total_bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.disk_used_bytes = value;
                            else
                                delete message.disk_used_bytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.disk_total_bytes = value;
                            else
                                delete message.disk_total_bytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.load1 = value;
                            else
                                delete message.load1;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.load5 = value;
                            else
                                delete message.load5;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.load15 = value;
                            else
                                delete message.load15;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptime_s = value;
                            else
                                delete message.uptime_s;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.daemon_rss_bytes = value;
                            else
                                delete message.daemon_rss_bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SystemMetrics.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            SystemMetrics.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cpu_percent != null && $Object.hasOwnProperty.call(message, "cpu_percent"))
                    if (typeof message.cpu_percent !== "number")
                        return "cpu_percent: number expected";
                if (message.mem_used_bytes != null && $Object.hasOwnProperty.call(message, "mem_used_bytes"))
                    if (!$util.isInteger(message.mem_used_bytes) && !(message.mem_used_bytes && $util.isInteger(message.mem_used_bytes.low) && $util.isInteger(message.mem_used_bytes.high)))
                        return "mem_used_bytes: integer|Long expected";
                if (message.mem_total_bytes != null && $Object.hasOwnProperty.call(message, "mem_total_bytes"))
                    if (!$util.isInteger(message.mem_total_bytes) && !(message.mem_total_bytes && $util.isInteger(message.mem_total_bytes.low) && $util.isInteger(message.mem_total_bytes.high)))
                        return "mem_total_bytes: integer|Long expected";
                if (message.disk_used_bytes != null && $Object.hasOwnProperty.call(message, "disk_used_bytes"))
                    if (!$util.isInteger(message.disk_used_bytes) && !(message.disk_used_bytes && $util.isInteger(message.disk_used_bytes.low) && $util.isInteger(message.disk_used_bytes.high)))
                        return "disk_used_bytes: integer|Long expected";
                if (message.disk_total_bytes != null && $Object.hasOwnProperty.call(message, "disk_total_bytes"))
                    if (!$util.isInteger(message.disk_total_bytes) && !(message.disk_total_bytes && $util.isInteger(message.disk_total_bytes.low) && $util.isInteger(message.disk_total_bytes.high)))
                        return "disk_total_bytes: integer|Long expected";
                if (message.load1 != null && $Object.hasOwnProperty.call(message, "load1"))
                    if (typeof message.load1 !== "number")
                        return "load1: number expected";
                if (message.load5 != null && $Object.hasOwnProperty.call(message, "load5"))
                    if (typeof message.load5 !== "number")
                        return "load5: number expected";
                if (message.load15 != null && $Object.hasOwnProperty.call(message, "load15"))
                    if (typeof message.load15 !== "number")
                        return "load15: number expected";
                if (message.uptime_s != null && $Object.hasOwnProperty.call(message, "uptime_s"))
                    if (!$util.isInteger(message.uptime_s) && !(message.uptime_s && $util.isInteger(message.uptime_s.low) && $util.isInteger(message.uptime_s.high)))
                        return "uptime_s: integer|Long expected";
                if (message.daemon_rss_bytes != null && $Object.hasOwnProperty.call(message, "daemon_rss_bytes"))
                    if (!$util.isInteger(message.daemon_rss_bytes) && !(message.daemon_rss_bytes && $util.isInteger(message.daemon_rss_bytes.low) && $util.isInteger(message.daemon_rss_bytes.high)))
                        return "daemon_rss_bytes: integer|Long expected";
                return null;
            };

            SystemMetrics.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.SystemMetrics)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.SystemMetrics: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.SystemMetrics();
                if (object.cpu_percent != null)
                    if (!$Object.is($Number(object.cpu_percent), 0))
                        message.cpu_percent = $Number(object.cpu_percent);
                if (object.mem_used_bytes != null)
                    if (typeof object.mem_used_bytes === "object" ? object.mem_used_bytes.low || object.mem_used_bytes.high : $Number(object.mem_used_bytes) !== 0)
                        if ($util.Long)
                            message.mem_used_bytes = $util.Long.fromValue(object.mem_used_bytes, true);
                        else if (typeof object.mem_used_bytes === "string")
                            message.mem_used_bytes = $parseInt(object.mem_used_bytes, 10);
                        else if (typeof object.mem_used_bytes === "number")
                            message.mem_used_bytes = object.mem_used_bytes;
                        else if (typeof object.mem_used_bytes === "object")
                            message.mem_used_bytes = new $util.LongBits(object.mem_used_bytes.low >>> 0, object.mem_used_bytes.high >>> 0).toNumber(true);
                if (object.mem_total_bytes != null)
                    if (typeof object.mem_total_bytes === "object" ? object.mem_total_bytes.low || object.mem_total_bytes.high : $Number(object.mem_total_bytes) !== 0)
                        if ($util.Long)
                            message.mem_total_bytes = $util.Long.fromValue(object.mem_total_bytes, true);
                        else if (typeof object.mem_total_bytes === "string")
                            message.mem_total_bytes = $parseInt(object.mem_total_bytes, 10);
                        else if (typeof object.mem_total_bytes === "number")
                            message.mem_total_bytes = object.mem_total_bytes;
                        else if (typeof object.mem_total_bytes === "object")
                            message.mem_total_bytes = new $util.LongBits(object.mem_total_bytes.low >>> 0, object.mem_total_bytes.high >>> 0).toNumber(true);
                if (object.disk_used_bytes != null)
                    if (typeof object.disk_used_bytes === "object" ? object.disk_used_bytes.low || object.disk_used_bytes.high : $Number(object.disk_used_bytes) !== 0)
                        if ($util.Long)
                            message.disk_used_bytes = $util.Long.fromValue(object.disk_used_bytes, true);
                        else if (typeof object.disk_used_bytes === "string")
                            message.disk_used_bytes = $parseInt(object.disk_used_bytes, 10);
                        else if (typeof object.disk_used_bytes === "number")
                            message.disk_used_bytes = object.disk_used_bytes;
                        else if (typeof object.disk_used_bytes === "object")
                            message.disk_used_bytes = new $util.LongBits(object.disk_used_bytes.low >>> 0, object.disk_used_bytes.high >>> 0).toNumber(true);
                if (object.disk_total_bytes != null)
                    if (typeof object.disk_total_bytes === "object" ? object.disk_total_bytes.low || object.disk_total_bytes.high : $Number(object.disk_total_bytes) !== 0)
                        if ($util.Long)
                            message.disk_total_bytes = $util.Long.fromValue(object.disk_total_bytes, true);
                        else if (typeof object.disk_total_bytes === "string")
                            message.disk_total_bytes = $parseInt(object.disk_total_bytes, 10);
                        else if (typeof object.disk_total_bytes === "number")
                            message.disk_total_bytes = object.disk_total_bytes;
                        else if (typeof object.disk_total_bytes === "object")
                            message.disk_total_bytes = new $util.LongBits(object.disk_total_bytes.low >>> 0, object.disk_total_bytes.high >>> 0).toNumber(true);
                if (object.load1 != null)
                    if (!$Object.is($Number(object.load1), 0))
                        message.load1 = $Number(object.load1);
                if (object.load5 != null)
                    if (!$Object.is($Number(object.load5), 0))
                        message.load5 = $Number(object.load5);
                if (object.load15 != null)
                    if (!$Object.is($Number(object.load15), 0))
                        message.load15 = $Number(object.load15);
                if (object.uptime_s != null)
                    if (typeof object.uptime_s === "object" ? object.uptime_s.low || object.uptime_s.high : $Number(object.uptime_s) !== 0)
                        if ($util.Long)
                            message.uptime_s = $util.Long.fromValue(object.uptime_s, true);
                        else if (typeof object.uptime_s === "string")
                            message.uptime_s = $parseInt(object.uptime_s, 10);
                        else if (typeof object.uptime_s === "number")
                            message.uptime_s = object.uptime_s;
                        else if (typeof object.uptime_s === "object")
                            message.uptime_s = new $util.LongBits(object.uptime_s.low >>> 0, object.uptime_s.high >>> 0).toNumber(true);
                if (object.daemon_rss_bytes != null)
                    if (typeof object.daemon_rss_bytes === "object" ? object.daemon_rss_bytes.low || object.daemon_rss_bytes.high : $Number(object.daemon_rss_bytes) !== 0)
                        if ($util.Long)
                            message.daemon_rss_bytes = $util.Long.fromValue(object.daemon_rss_bytes, true);
                        else if (typeof object.daemon_rss_bytes === "string")
                            message.daemon_rss_bytes = $parseInt(object.daemon_rss_bytes, 10);
                        else if (typeof object.daemon_rss_bytes === "number")
                            message.daemon_rss_bytes = object.daemon_rss_bytes;
                        else if (typeof object.daemon_rss_bytes === "object")
                            message.daemon_rss_bytes = new $util.LongBits(object.daemon_rss_bytes.low >>> 0, object.daemon_rss_bytes.high >>> 0).toNumber(true);
                return message;
            };

            SystemMetrics.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cpu_percent = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.mem_used_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.mem_used_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.mem_total_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.mem_total_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.disk_used_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.disk_used_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.disk_total_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.disk_total_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.load1 = 0;
                    object.load5 = 0;
                    object.load15 = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptime_s = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptime_s = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.daemon_rss_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.daemon_rss_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cpu_percent != null && $Object.hasOwnProperty.call(message, "cpu_percent"))
                    object.cpu_percent = options.json && !$isFinite(message.cpu_percent) ? $String(message.cpu_percent) : message.cpu_percent;
                if (message.mem_used_bytes != null && $Object.hasOwnProperty.call(message, "mem_used_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.mem_used_bytes = typeof message.mem_used_bytes === "number" ? $BigInt(message.mem_used_bytes) : $util.Long.fromBits(message.mem_used_bytes.low >>> 0, message.mem_used_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.mem_used_bytes === "number")
                        object.mem_used_bytes = options.longs === $String ? $String(message.mem_used_bytes) : message.mem_used_bytes;
                    else
                        object.mem_used_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.mem_used_bytes) : options.longs === $Number ? new $util.LongBits(message.mem_used_bytes.low >>> 0, message.mem_used_bytes.high >>> 0).toNumber(true) : message.mem_used_bytes;
                if (message.mem_total_bytes != null && $Object.hasOwnProperty.call(message, "mem_total_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.mem_total_bytes = typeof message.mem_total_bytes === "number" ? $BigInt(message.mem_total_bytes) : $util.Long.fromBits(message.mem_total_bytes.low >>> 0, message.mem_total_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.mem_total_bytes === "number")
                        object.mem_total_bytes = options.longs === $String ? $String(message.mem_total_bytes) : message.mem_total_bytes;
                    else
                        object.mem_total_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.mem_total_bytes) : options.longs === $Number ? new $util.LongBits(message.mem_total_bytes.low >>> 0, message.mem_total_bytes.high >>> 0).toNumber(true) : message.mem_total_bytes;
                if (message.disk_used_bytes != null && $Object.hasOwnProperty.call(message, "disk_used_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.disk_used_bytes = typeof message.disk_used_bytes === "number" ? $BigInt(message.disk_used_bytes) : $util.Long.fromBits(message.disk_used_bytes.low >>> 0, message.disk_used_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.disk_used_bytes === "number")
                        object.disk_used_bytes = options.longs === $String ? $String(message.disk_used_bytes) : message.disk_used_bytes;
                    else
                        object.disk_used_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.disk_used_bytes) : options.longs === $Number ? new $util.LongBits(message.disk_used_bytes.low >>> 0, message.disk_used_bytes.high >>> 0).toNumber(true) : message.disk_used_bytes;
                if (message.disk_total_bytes != null && $Object.hasOwnProperty.call(message, "disk_total_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.disk_total_bytes = typeof message.disk_total_bytes === "number" ? $BigInt(message.disk_total_bytes) : $util.Long.fromBits(message.disk_total_bytes.low >>> 0, message.disk_total_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.disk_total_bytes === "number")
                        object.disk_total_bytes = options.longs === $String ? $String(message.disk_total_bytes) : message.disk_total_bytes;
                    else
                        object.disk_total_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.disk_total_bytes) : options.longs === $Number ? new $util.LongBits(message.disk_total_bytes.low >>> 0, message.disk_total_bytes.high >>> 0).toNumber(true) : message.disk_total_bytes;
                if (message.load1 != null && $Object.hasOwnProperty.call(message, "load1"))
                    object.load1 = options.json && !$isFinite(message.load1) ? $String(message.load1) : message.load1;
                if (message.load5 != null && $Object.hasOwnProperty.call(message, "load5"))
                    object.load5 = options.json && !$isFinite(message.load5) ? $String(message.load5) : message.load5;
                if (message.load15 != null && $Object.hasOwnProperty.call(message, "load15"))
                    object.load15 = options.json && !$isFinite(message.load15) ? $String(message.load15) : message.load15;
                if (message.uptime_s != null && $Object.hasOwnProperty.call(message, "uptime_s"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptime_s = typeof message.uptime_s === "number" ? $BigInt(message.uptime_s) : $util.Long.fromBits(message.uptime_s.low >>> 0, message.uptime_s.high >>> 0, true).toBigInt();
                    else if (typeof message.uptime_s === "number")
                        object.uptime_s = options.longs === $String ? $String(message.uptime_s) : message.uptime_s;
                    else
                        object.uptime_s = options.longs === $String ? $util.Long.prototype.toString.call(message.uptime_s) : options.longs === $Number ? new $util.LongBits(message.uptime_s.low >>> 0, message.uptime_s.high >>> 0).toNumber(true) : message.uptime_s;
                if (message.daemon_rss_bytes != null && $Object.hasOwnProperty.call(message, "daemon_rss_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.daemon_rss_bytes = typeof message.daemon_rss_bytes === "number" ? $BigInt(message.daemon_rss_bytes) : $util.Long.fromBits(message.daemon_rss_bytes.low >>> 0, message.daemon_rss_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.daemon_rss_bytes === "number")
                        object.daemon_rss_bytes = options.longs === $String ? $String(message.daemon_rss_bytes) : message.daemon_rss_bytes;
                    else
                        object.daemon_rss_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.daemon_rss_bytes) : options.longs === $Number ? new $util.LongBits(message.daemon_rss_bytes.low >>> 0, message.daemon_rss_bytes.high >>> 0).toNumber(true) : message.daemon_rss_bytes;
                return object;
            };

            SystemMetrics.prototype.toJSON = function() {
                return SystemMetrics.toObject(this, $protobuf.util.toJSONOptions);
            };

            SystemMetrics.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.SystemMetrics";
            };

            return SystemMetrics;
        })();

        v1.WorkloadStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "WORKLOAD_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "WORKLOAD_STATUS_REGISTERED"] = 1;
            values[valuesById[2] = "WORKLOAD_STATUS_STARTING"] = 2;
            values[valuesById[3] = "WORKLOAD_STATUS_RUNNING"] = 3;
            values[valuesById[4] = "WORKLOAD_STATUS_STOPPING"] = 4;
            values[valuesById[5] = "WORKLOAD_STATUS_STOPPED"] = 5;
            values[valuesById[6] = "WORKLOAD_STATUS_FAILED"] = 6;
            values[valuesById[7] = "WORKLOAD_STATUS_COMPLETED"] = 7;
            values[valuesById[8] = "WORKLOAD_STATUS_BACKOFF"] = 8;
            return values;
        })();

        v1.WorkloadSummary = (function() {

            const WorkloadSummary = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkloadSummary.prototype.name = "";
            WorkloadSummary.prototype.status = 0;

            WorkloadSummary.create = function(properties) {
                return new WorkloadSummary(properties);
            };

            WorkloadSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkloadSummary.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            WorkloadSummary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.WorkloadSummary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkloadSummary.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            WorkloadSummary.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                return null;
            };

            WorkloadSummary.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.WorkloadSummary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.WorkloadSummary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.WorkloadSummary();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.mc.v1.WorkloadStatus[object.status] !== 0))
                    switch (object.status) {
                    case "WORKLOAD_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "WORKLOAD_STATUS_REGISTERED":
                    case 1:
                        message.status = 1;
                        break;
                    case "WORKLOAD_STATUS_STARTING":
                    case 2:
                        message.status = 2;
                        break;
                    case "WORKLOAD_STATUS_RUNNING":
                    case 3:
                        message.status = 3;
                        break;
                    case "WORKLOAD_STATUS_STOPPING":
                    case 4:
                        message.status = 4;
                        break;
                    case "WORKLOAD_STATUS_STOPPED":
                    case 5:
                        message.status = 5;
                        break;
                    case "WORKLOAD_STATUS_FAILED":
                    case 6:
                        message.status = 6;
                        break;
                    case "WORKLOAD_STATUS_COMPLETED":
                    case 7:
                        message.status = 7;
                        break;
                    case "WORKLOAD_STATUS_BACKOFF":
                    case 8:
                        message.status = 8;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                return message;
            };

            WorkloadSummary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.status = options.enums === $String ? "WORKLOAD_STATUS_UNSPECIFIED" : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.mc.v1.WorkloadStatus[message.status] === $undefined ? message.status : $root.mc.v1.WorkloadStatus[message.status] : message.status;
                return object;
            };

            WorkloadSummary.prototype.toJSON = function() {
                return WorkloadSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            WorkloadSummary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.WorkloadSummary";
            };

            return WorkloadSummary;
        })();

        v1.DeviceStatus = (function() {

            const DeviceStatus = function (properties) {
                this.workloads = [];
                this.tags = [];
                this.capabilities = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeviceStatus.prototype.device = "";
            DeviceStatus.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DeviceStatus.prototype.ts_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            DeviceStatus.prototype.release = "";
            DeviceStatus.prototype.system = null;
            DeviceStatus.prototype.workloads = $util.emptyArray;
            DeviceStatus.prototype.workloads_running = 0;
            DeviceStatus.prototype.workloads_failed = 0;
            DeviceStatus.prototype.workloads_total = 0;
            DeviceStatus.prototype.tags = $util.emptyArray;
            DeviceStatus.prototype.daemon_version = "";
            DeviceStatus.prototype.boot_id = "";
            DeviceStatus.prototype.desired_generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DeviceStatus.prototype.release_error = "";
            DeviceStatus.prototype.tasks_running = 0;
            DeviceStatus.prototype.capabilities = $util.emptyArray;

            DeviceStatus.create = function(properties) {
                return new DeviceStatus(properties);
            };

            DeviceStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(10).string(message.device);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(16).uint64(message.seq);
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms") && (typeof message.ts_ms === "object" ? message.ts_ms.low || message.ts_ms.high : message.ts_ms !== 0))
                    writer.uint32(24).int64(message.ts_ms);
                if (message.release != null && $Object.hasOwnProperty.call(message, "release") && message.release !== "")
                    writer.uint32(34).string(message.release);
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    $root.mc.v1.SystemMetrics.encode(message.system, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.workloads != null && message.workloads.length)
                    for (let i = 0; i < message.workloads.length; ++i)
                        $root.mc.v1.WorkloadSummary.encode(message.workloads[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.workloads_running != null && $Object.hasOwnProperty.call(message, "workloads_running") && message.workloads_running !== 0)
                    writer.uint32(56).uint32(message.workloads_running);
                if (message.workloads_failed != null && $Object.hasOwnProperty.call(message, "workloads_failed") && message.workloads_failed !== 0)
                    writer.uint32(64).uint32(message.workloads_failed);
                if (message.workloads_total != null && $Object.hasOwnProperty.call(message, "workloads_total") && message.workloads_total !== 0)
                    writer.uint32(72).uint32(message.workloads_total);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(82).string(message.tags[i]);
                if (message.daemon_version != null && $Object.hasOwnProperty.call(message, "daemon_version") && message.daemon_version !== "")
                    writer.uint32(90).string(message.daemon_version);
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id") && message.boot_id !== "")
                    writer.uint32(98).string(message.boot_id);
                if (message.desired_generation != null && $Object.hasOwnProperty.call(message, "desired_generation") && (typeof message.desired_generation === "object" ? message.desired_generation.low || message.desired_generation.high : message.desired_generation !== 0))
                    writer.uint32(104).uint64(message.desired_generation);
                if (message.release_error != null && $Object.hasOwnProperty.call(message, "release_error") && message.release_error !== "")
                    writer.uint32(114).string(message.release_error);
                if (message.tasks_running != null && $Object.hasOwnProperty.call(message, "tasks_running") && message.tasks_running !== 0)
                    writer.uint32(120).uint32(message.tasks_running);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        writer.uint32(130).string(message.capabilities[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeviceStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DeviceStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.DeviceStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts_ms = value;
                            else
                                delete message.ts_ms;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.release = value;
                            else
                                delete message.release;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.system = $root.mc.v1.SystemMetrics.decode(reader, reader.size(), $undefined, _depth + 1, message.system);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workloads && message.workloads.length))
                                message.workloads = [];
                            message.workloads.push($root.mc.v1.WorkloadSummary.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.workloads_running = value;
                            else
                                delete message.workloads_running;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.workloads_failed = value;
                            else
                                delete message.workloads_failed;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.workloads_total = value;
                            else
                                delete message.workloads_total;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.daemon_version = value;
                            else
                                delete message.daemon_version;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.boot_id = value;
                            else
                                delete message.boot_id;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.desired_generation = value;
                            else
                                delete message.desired_generation;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.release_error = value;
                            else
                                delete message.release_error;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tasks_running = value;
                            else
                                delete message.tasks_running;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeviceStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DeviceStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (!$util.isInteger(message.ts_ms) && !(message.ts_ms && $util.isInteger(message.ts_ms.low) && $util.isInteger(message.ts_ms.high)))
                        return "ts_ms: integer|Long expected";
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    if (!$util.isString(message.release))
                        return "release: string expected";
                if (message.system != null && $Object.hasOwnProperty.call(message, "system")) {
                    let error = $root.mc.v1.SystemMetrics.verify(message.system, _depth + 1);
                    if (error)
                        return "system." + error;
                }
                if (message.workloads != null && $Object.hasOwnProperty.call(message, "workloads")) {
                    if (!$Array.isArray(message.workloads))
                        return "workloads: array expected";
                    for (let i = 0; i < message.workloads.length; ++i) {
                        let error = $root.mc.v1.WorkloadSummary.verify(message.workloads[i], _depth + 1);
                        if (error)
                            return "workloads." + error;
                    }
                }
                if (message.workloads_running != null && $Object.hasOwnProperty.call(message, "workloads_running"))
                    if (!$util.isInteger(message.workloads_running))
                        return "workloads_running: integer expected";
                if (message.workloads_failed != null && $Object.hasOwnProperty.call(message, "workloads_failed"))
                    if (!$util.isInteger(message.workloads_failed))
                        return "workloads_failed: integer expected";
                if (message.workloads_total != null && $Object.hasOwnProperty.call(message, "workloads_total"))
                    if (!$util.isInteger(message.workloads_total))
                        return "workloads_total: integer expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.daemon_version != null && $Object.hasOwnProperty.call(message, "daemon_version"))
                    if (!$util.isString(message.daemon_version))
                        return "daemon_version: string expected";
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id"))
                    if (!$util.isString(message.boot_id))
                        return "boot_id: string expected";
                if (message.desired_generation != null && $Object.hasOwnProperty.call(message, "desired_generation"))
                    if (!$util.isInteger(message.desired_generation) && !(message.desired_generation && $util.isInteger(message.desired_generation.low) && $util.isInteger(message.desired_generation.high)))
                        return "desired_generation: integer|Long expected";
                if (message.release_error != null && $Object.hasOwnProperty.call(message, "release_error"))
                    if (!$util.isString(message.release_error))
                        return "release_error: string expected";
                if (message.tasks_running != null && $Object.hasOwnProperty.call(message, "tasks_running"))
                    if (!$util.isInteger(message.tasks_running))
                        return "tasks_running: integer expected";
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities")) {
                    if (!$Array.isArray(message.capabilities))
                        return "capabilities: array expected";
                    for (let i = 0; i < message.capabilities.length; ++i)
                        if (!$util.isString(message.capabilities[i]))
                            return "capabilities: string[] expected";
                }
                return null;
            };

            DeviceStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.DeviceStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.DeviceStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.DeviceStatus();
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.ts_ms != null)
                    if (typeof object.ts_ms === "object" ? object.ts_ms.low || object.ts_ms.high : $Number(object.ts_ms) !== 0)
                        if ($util.Long)
                            message.ts_ms = $util.Long.fromValue(object.ts_ms, false);
                        else if (typeof object.ts_ms === "string")
                            message.ts_ms = $parseInt(object.ts_ms, 10);
                        else if (typeof object.ts_ms === "number")
                            message.ts_ms = object.ts_ms;
                        else if (typeof object.ts_ms === "object")
                            message.ts_ms = new $util.LongBits(object.ts_ms.low >>> 0, object.ts_ms.high >>> 0).toNumber();
                if (object.release != null)
                    if (typeof object.release !== "string" || object.release.length)
                        message.release = $String(object.release);
                if (object.system != null) {
                    if (!$util.isObject(object.system))
                        throw $TypeError(".mc.v1.DeviceStatus.system: object expected");
                    message.system = $root.mc.v1.SystemMetrics.fromObject(object.system, _depth + 1);
                }
                if (object.workloads) {
                    if (!$Array.isArray(object.workloads))
                        throw $TypeError(".mc.v1.DeviceStatus.workloads: array expected");
                    message.workloads = $Array(object.workloads.length);
                    for (let i = 0; i < object.workloads.length; ++i) {
                        if (!$util.isObject(object.workloads[i]))
                            throw $TypeError(".mc.v1.DeviceStatus.workloads: object expected");
                        message.workloads[i] = $root.mc.v1.WorkloadSummary.fromObject(object.workloads[i], _depth + 1);
                    }
                }
                if (object.workloads_running != null)
                    if ($Number(object.workloads_running) !== 0)
                        message.workloads_running = object.workloads_running >>> 0;
                if (object.workloads_failed != null)
                    if ($Number(object.workloads_failed) !== 0)
                        message.workloads_failed = object.workloads_failed >>> 0;
                if (object.workloads_total != null)
                    if ($Number(object.workloads_total) !== 0)
                        message.workloads_total = object.workloads_total >>> 0;
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".mc.v1.DeviceStatus.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.daemon_version != null)
                    if (typeof object.daemon_version !== "string" || object.daemon_version.length)
                        message.daemon_version = $String(object.daemon_version);
                if (object.boot_id != null)
                    if (typeof object.boot_id !== "string" || object.boot_id.length)
                        message.boot_id = $String(object.boot_id);
                if (object.desired_generation != null)
                    if (typeof object.desired_generation === "object" ? object.desired_generation.low || object.desired_generation.high : $Number(object.desired_generation) !== 0)
                        if ($util.Long)
                            message.desired_generation = $util.Long.fromValue(object.desired_generation, true);
                        else if (typeof object.desired_generation === "string")
                            message.desired_generation = $parseInt(object.desired_generation, 10);
                        else if (typeof object.desired_generation === "number")
                            message.desired_generation = object.desired_generation;
                        else if (typeof object.desired_generation === "object")
                            message.desired_generation = new $util.LongBits(object.desired_generation.low >>> 0, object.desired_generation.high >>> 0).toNumber(true);
                if (object.release_error != null)
                    if (typeof object.release_error !== "string" || object.release_error.length)
                        message.release_error = $String(object.release_error);
                if (object.tasks_running != null)
                    if ($Number(object.tasks_running) !== 0)
                        message.tasks_running = object.tasks_running >>> 0;
                if (object.capabilities) {
                    if (!$Array.isArray(object.capabilities))
                        throw $TypeError(".mc.v1.DeviceStatus.capabilities: array expected");
                    message.capabilities = $Array(object.capabilities.length);
                    for (let i = 0; i < object.capabilities.length; ++i)
                        message.capabilities[i] = $String(object.capabilities[i]);
                }
                return message;
            };

            DeviceStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.workloads = [];
                    object.tags = [];
                    object.capabilities = [];
                }
                if (options.defaults) {
                    object.device = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ts_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ts_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.release = "";
                    object.system = null;
                    object.workloads_running = 0;
                    object.workloads_failed = 0;
                    object.workloads_total = 0;
                    object.daemon_version = "";
                    object.boot_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.desired_generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.desired_generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.release_error = "";
                    object.tasks_running = 0;
                }
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ts_ms = typeof message.ts_ms === "number" ? $BigInt(message.ts_ms) : $util.Long.fromBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.ts_ms === "number")
                        object.ts_ms = options.longs === $String ? $String(message.ts_ms) : message.ts_ms;
                    else
                        object.ts_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.ts_ms) : options.longs === $Number ? new $util.LongBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0).toNumber() : message.ts_ms;
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    object.release = message.release;
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    object.system = $root.mc.v1.SystemMetrics.toObject(message.system, options, _depth + 1);
                if (message.workloads && message.workloads.length) {
                    object.workloads = $Array(message.workloads.length);
                    for (let j = 0; j < message.workloads.length; ++j)
                        object.workloads[j] = $root.mc.v1.WorkloadSummary.toObject(message.workloads[j], options, _depth + 1);
                }
                if (message.workloads_running != null && $Object.hasOwnProperty.call(message, "workloads_running"))
                    object.workloads_running = message.workloads_running;
                if (message.workloads_failed != null && $Object.hasOwnProperty.call(message, "workloads_failed"))
                    object.workloads_failed = message.workloads_failed;
                if (message.workloads_total != null && $Object.hasOwnProperty.call(message, "workloads_total"))
                    object.workloads_total = message.workloads_total;
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.daemon_version != null && $Object.hasOwnProperty.call(message, "daemon_version"))
                    object.daemon_version = message.daemon_version;
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id"))
                    object.boot_id = message.boot_id;
                if (message.desired_generation != null && $Object.hasOwnProperty.call(message, "desired_generation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.desired_generation = typeof message.desired_generation === "number" ? $BigInt(message.desired_generation) : $util.Long.fromBits(message.desired_generation.low >>> 0, message.desired_generation.high >>> 0, true).toBigInt();
                    else if (typeof message.desired_generation === "number")
                        object.desired_generation = options.longs === $String ? $String(message.desired_generation) : message.desired_generation;
                    else
                        object.desired_generation = options.longs === $String ? $util.Long.prototype.toString.call(message.desired_generation) : options.longs === $Number ? new $util.LongBits(message.desired_generation.low >>> 0, message.desired_generation.high >>> 0).toNumber(true) : message.desired_generation;
                if (message.release_error != null && $Object.hasOwnProperty.call(message, "release_error"))
                    object.release_error = message.release_error;
                if (message.tasks_running != null && $Object.hasOwnProperty.call(message, "tasks_running"))
                    object.tasks_running = message.tasks_running;
                if (message.capabilities && message.capabilities.length) {
                    object.capabilities = $Array(message.capabilities.length);
                    for (let j = 0; j < message.capabilities.length; ++j)
                        object.capabilities[j] = message.capabilities[j];
                }
                return object;
            };

            DeviceStatus.prototype.toJSON = function() {
                return DeviceStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeviceStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.DeviceStatus";
            };

            return DeviceStatus;
        })();

        v1.WorkloadState = (function() {

            const WorkloadState = function (properties) {
                this.tags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkloadState.prototype.name = "";
            WorkloadState.prototype.status = 0;
            WorkloadState.prototype.type = "";
            WorkloadState.prototype.run_mode = "";
            WorkloadState.prototype.pid = 0;
            WorkloadState.prototype.run_count = 0;
            WorkloadState.prototype.last_started_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.last_stopped_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.last_exit_code = null;
            WorkloadState.prototype.last_signal = "";
            WorkloadState.prototype.last_error = "";
            WorkloadState.prototype.consecutive_failures = 0;
            WorkloadState.prototype.restarts = 0;
            WorkloadState.prototype.rss_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            WorkloadState.prototype.cpu_percent = 0;
            WorkloadState.prototype.version = "";
            WorkloadState.prototype.next_run_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.backoff_until_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.max_runs = 0;
            WorkloadState.prototype.tags = $util.emptyArray;
            WorkloadState.prototype.ts_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.schedule = "";
            WorkloadState.prototype.memory_limit_mb = 0;
            WorkloadState.prototype.boot_id = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(WorkloadState.prototype, "_last_exit_code", {
                get: $util.oneOfGetter($oneOfFields = ["last_exit_code"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            WorkloadState.create = function(properties) {
                return new WorkloadState(properties);
            };

            WorkloadState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(26).string(message.type);
                if (message.run_mode != null && $Object.hasOwnProperty.call(message, "run_mode") && message.run_mode !== "")
                    writer.uint32(34).string(message.run_mode);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(40).uint32(message.pid);
                if (message.run_count != null && $Object.hasOwnProperty.call(message, "run_count") && message.run_count !== 0)
                    writer.uint32(48).uint32(message.run_count);
                if (message.last_started_ms != null && $Object.hasOwnProperty.call(message, "last_started_ms") && (typeof message.last_started_ms === "object" ? message.last_started_ms.low || message.last_started_ms.high : message.last_started_ms !== 0))
                    writer.uint32(56).int64(message.last_started_ms);
                if (message.last_stopped_ms != null && $Object.hasOwnProperty.call(message, "last_stopped_ms") && (typeof message.last_stopped_ms === "object" ? message.last_stopped_ms.low || message.last_stopped_ms.high : message.last_stopped_ms !== 0))
                    writer.uint32(64).int64(message.last_stopped_ms);
                if (message.last_exit_code != null && $Object.hasOwnProperty.call(message, "last_exit_code"))
                    writer.uint32(72).int32(message.last_exit_code);
                if (message.last_signal != null && $Object.hasOwnProperty.call(message, "last_signal") && message.last_signal !== "")
                    writer.uint32(82).string(message.last_signal);
                if (message.last_error != null && $Object.hasOwnProperty.call(message, "last_error") && message.last_error !== "")
                    writer.uint32(90).string(message.last_error);
                if (message.consecutive_failures != null && $Object.hasOwnProperty.call(message, "consecutive_failures") && message.consecutive_failures !== 0)
                    writer.uint32(96).uint32(message.consecutive_failures);
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                    writer.uint32(104).uint32(message.restarts);
                if (message.rss_bytes != null && $Object.hasOwnProperty.call(message, "rss_bytes") && (typeof message.rss_bytes === "object" ? message.rss_bytes.low || message.rss_bytes.high : message.rss_bytes !== 0))
                    writer.uint32(112).uint64(message.rss_bytes);
                if (message.cpu_percent != null && $Object.hasOwnProperty.call(message, "cpu_percent") && !$Object.is(message.cpu_percent, 0))
                    writer.uint32(125).float(message.cpu_percent);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(130).string(message.version);
                if (message.next_run_ms != null && $Object.hasOwnProperty.call(message, "next_run_ms") && (typeof message.next_run_ms === "object" ? message.next_run_ms.low || message.next_run_ms.high : message.next_run_ms !== 0))
                    writer.uint32(136).int64(message.next_run_ms);
                if (message.backoff_until_ms != null && $Object.hasOwnProperty.call(message, "backoff_until_ms") && (typeof message.backoff_until_ms === "object" ? message.backoff_until_ms.low || message.backoff_until_ms.high : message.backoff_until_ms !== 0))
                    writer.uint32(144).int64(message.backoff_until_ms);
                if (message.max_runs != null && $Object.hasOwnProperty.call(message, "max_runs") && message.max_runs !== 0)
                    writer.uint32(152).uint32(message.max_runs);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(162).string(message.tags[i]);
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms") && (typeof message.ts_ms === "object" ? message.ts_ms.low || message.ts_ms.high : message.ts_ms !== 0))
                    writer.uint32(168).int64(message.ts_ms);
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
                    writer.uint32(178).string(message.schedule);
                if (message.memory_limit_mb != null && $Object.hasOwnProperty.call(message, "memory_limit_mb") && message.memory_limit_mb !== 0)
                    writer.uint32(184).uint32(message.memory_limit_mb);
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id") && message.boot_id !== "")
                    writer.uint32(194).string(message.boot_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkloadState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            WorkloadState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.WorkloadState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_mode = value;
                            else
                                delete message.run_mode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.run_count = value;
                            else
                                delete message.run_count;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.last_started_ms = value;
                            else
                                delete message.last_started_ms;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.last_stopped_ms = value;
                            else
                                delete message.last_stopped_ms;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.last_exit_code = reader.int32();
                            message._last_exit_code = "last_exit_code";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.last_signal = value;
                            else
                                delete message.last_signal;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.last_error = value;
                            else
                                delete message.last_error;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.consecutive_failures = value;
                            else
                                delete message.consecutive_failures;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restarts = value;
                            else
                                delete message.restarts;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rss_bytes = value;
                            else
                                delete message.rss_bytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.cpu_percent = value;
                            else
                                delete message.cpu_percent;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.next_run_ms = value;
                            else
                                delete message.next_run_ms;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.backoff_until_ms = value;
                            else
                                delete message.backoff_until_ms;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.max_runs = value;
                            else
                                delete message.max_runs;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.stringVerify());
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts_ms = value;
                            else
                                delete message.ts_ms;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schedule = value;
                            else
                                delete message.schedule;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memory_limit_mb = value;
                            else
                                delete message.memory_limit_mb;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.boot_id = value;
                            else
                                delete message.boot_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkloadState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            WorkloadState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.run_mode != null && $Object.hasOwnProperty.call(message, "run_mode"))
                    if (!$util.isString(message.run_mode))
                        return "run_mode: string expected";
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.run_count != null && $Object.hasOwnProperty.call(message, "run_count"))
                    if (!$util.isInteger(message.run_count))
                        return "run_count: integer expected";
                if (message.last_started_ms != null && $Object.hasOwnProperty.call(message, "last_started_ms"))
                    if (!$util.isInteger(message.last_started_ms) && !(message.last_started_ms && $util.isInteger(message.last_started_ms.low) && $util.isInteger(message.last_started_ms.high)))
                        return "last_started_ms: integer|Long expected";
                if (message.last_stopped_ms != null && $Object.hasOwnProperty.call(message, "last_stopped_ms"))
                    if (!$util.isInteger(message.last_stopped_ms) && !(message.last_stopped_ms && $util.isInteger(message.last_stopped_ms.low) && $util.isInteger(message.last_stopped_ms.high)))
                        return "last_stopped_ms: integer|Long expected";
                if (message.last_exit_code != null && $Object.hasOwnProperty.call(message, "last_exit_code")) {
                    properties._last_exit_code = 1;
                    if (!$util.isInteger(message.last_exit_code))
                        return "last_exit_code: integer expected";
                }
                if (message.last_signal != null && $Object.hasOwnProperty.call(message, "last_signal"))
                    if (!$util.isString(message.last_signal))
                        return "last_signal: string expected";
                if (message.last_error != null && $Object.hasOwnProperty.call(message, "last_error"))
                    if (!$util.isString(message.last_error))
                        return "last_error: string expected";
                if (message.consecutive_failures != null && $Object.hasOwnProperty.call(message, "consecutive_failures"))
                    if (!$util.isInteger(message.consecutive_failures))
                        return "consecutive_failures: integer expected";
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    if (!$util.isInteger(message.restarts))
                        return "restarts: integer expected";
                if (message.rss_bytes != null && $Object.hasOwnProperty.call(message, "rss_bytes"))
                    if (!$util.isInteger(message.rss_bytes) && !(message.rss_bytes && $util.isInteger(message.rss_bytes.low) && $util.isInteger(message.rss_bytes.high)))
                        return "rss_bytes: integer|Long expected";
                if (message.cpu_percent != null && $Object.hasOwnProperty.call(message, "cpu_percent"))
                    if (typeof message.cpu_percent !== "number")
                        return "cpu_percent: number expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.next_run_ms != null && $Object.hasOwnProperty.call(message, "next_run_ms"))
                    if (!$util.isInteger(message.next_run_ms) && !(message.next_run_ms && $util.isInteger(message.next_run_ms.low) && $util.isInteger(message.next_run_ms.high)))
                        return "next_run_ms: integer|Long expected";
                if (message.backoff_until_ms != null && $Object.hasOwnProperty.call(message, "backoff_until_ms"))
                    if (!$util.isInteger(message.backoff_until_ms) && !(message.backoff_until_ms && $util.isInteger(message.backoff_until_ms.low) && $util.isInteger(message.backoff_until_ms.high)))
                        return "backoff_until_ms: integer|Long expected";
                if (message.max_runs != null && $Object.hasOwnProperty.call(message, "max_runs"))
                    if (!$util.isInteger(message.max_runs))
                        return "max_runs: integer expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (!$util.isInteger(message.ts_ms) && !(message.ts_ms && $util.isInteger(message.ts_ms.low) && $util.isInteger(message.ts_ms.high)))
                        return "ts_ms: integer|Long expected";
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    if (!$util.isString(message.schedule))
                        return "schedule: string expected";
                if (message.memory_limit_mb != null && $Object.hasOwnProperty.call(message, "memory_limit_mb"))
                    if (!$util.isInteger(message.memory_limit_mb))
                        return "memory_limit_mb: integer expected";
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id"))
                    if (!$util.isString(message.boot_id))
                        return "boot_id: string expected";
                return null;
            };

            WorkloadState.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.WorkloadState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.WorkloadState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.WorkloadState();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.mc.v1.WorkloadStatus[object.status] !== 0))
                    switch (object.status) {
                    case "WORKLOAD_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "WORKLOAD_STATUS_REGISTERED":
                    case 1:
                        message.status = 1;
                        break;
                    case "WORKLOAD_STATUS_STARTING":
                    case 2:
                        message.status = 2;
                        break;
                    case "WORKLOAD_STATUS_RUNNING":
                    case 3:
                        message.status = 3;
                        break;
                    case "WORKLOAD_STATUS_STOPPING":
                    case 4:
                        message.status = 4;
                        break;
                    case "WORKLOAD_STATUS_STOPPED":
                    case 5:
                        message.status = 5;
                        break;
                    case "WORKLOAD_STATUS_FAILED":
                    case 6:
                        message.status = 6;
                        break;
                    case "WORKLOAD_STATUS_COMPLETED":
                    case 7:
                        message.status = 7;
                        break;
                    case "WORKLOAD_STATUS_BACKOFF":
                    case 8:
                        message.status = 8;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.run_mode != null)
                    if (typeof object.run_mode !== "string" || object.run_mode.length)
                        message.run_mode = $String(object.run_mode);
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.run_count != null)
                    if ($Number(object.run_count) !== 0)
                        message.run_count = object.run_count >>> 0;
                if (object.last_started_ms != null)
                    if (typeof object.last_started_ms === "object" ? object.last_started_ms.low || object.last_started_ms.high : $Number(object.last_started_ms) !== 0)
                        if ($util.Long)
                            message.last_started_ms = $util.Long.fromValue(object.last_started_ms, false);
                        else if (typeof object.last_started_ms === "string")
                            message.last_started_ms = $parseInt(object.last_started_ms, 10);
                        else if (typeof object.last_started_ms === "number")
                            message.last_started_ms = object.last_started_ms;
                        else if (typeof object.last_started_ms === "object")
                            message.last_started_ms = new $util.LongBits(object.last_started_ms.low >>> 0, object.last_started_ms.high >>> 0).toNumber();
                if (object.last_stopped_ms != null)
                    if (typeof object.last_stopped_ms === "object" ? object.last_stopped_ms.low || object.last_stopped_ms.high : $Number(object.last_stopped_ms) !== 0)
                        if ($util.Long)
                            message.last_stopped_ms = $util.Long.fromValue(object.last_stopped_ms, false);
                        else if (typeof object.last_stopped_ms === "string")
                            message.last_stopped_ms = $parseInt(object.last_stopped_ms, 10);
                        else if (typeof object.last_stopped_ms === "number")
                            message.last_stopped_ms = object.last_stopped_ms;
                        else if (typeof object.last_stopped_ms === "object")
                            message.last_stopped_ms = new $util.LongBits(object.last_stopped_ms.low >>> 0, object.last_stopped_ms.high >>> 0).toNumber();
                if (object.last_exit_code != null)
                    message.last_exit_code = object.last_exit_code | 0;
                if (object.last_signal != null)
                    if (typeof object.last_signal !== "string" || object.last_signal.length)
                        message.last_signal = $String(object.last_signal);
                if (object.last_error != null)
                    if (typeof object.last_error !== "string" || object.last_error.length)
                        message.last_error = $String(object.last_error);
                if (object.consecutive_failures != null)
                    if ($Number(object.consecutive_failures) !== 0)
                        message.consecutive_failures = object.consecutive_failures >>> 0;
                if (object.restarts != null)
                    if ($Number(object.restarts) !== 0)
                        message.restarts = object.restarts >>> 0;
                if (object.rss_bytes != null)
                    if (typeof object.rss_bytes === "object" ? object.rss_bytes.low || object.rss_bytes.high : $Number(object.rss_bytes) !== 0)
                        if ($util.Long)
                            message.rss_bytes = $util.Long.fromValue(object.rss_bytes, true);
                        else if (typeof object.rss_bytes === "string")
                            message.rss_bytes = $parseInt(object.rss_bytes, 10);
                        else if (typeof object.rss_bytes === "number")
                            message.rss_bytes = object.rss_bytes;
                        else if (typeof object.rss_bytes === "object")
                            message.rss_bytes = new $util.LongBits(object.rss_bytes.low >>> 0, object.rss_bytes.high >>> 0).toNumber(true);
                if (object.cpu_percent != null)
                    if (!$Object.is($Number(object.cpu_percent), 0))
                        message.cpu_percent = $Number(object.cpu_percent);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.next_run_ms != null)
                    if (typeof object.next_run_ms === "object" ? object.next_run_ms.low || object.next_run_ms.high : $Number(object.next_run_ms) !== 0)
                        if ($util.Long)
                            message.next_run_ms = $util.Long.fromValue(object.next_run_ms, false);
                        else if (typeof object.next_run_ms === "string")
                            message.next_run_ms = $parseInt(object.next_run_ms, 10);
                        else if (typeof object.next_run_ms === "number")
                            message.next_run_ms = object.next_run_ms;
                        else if (typeof object.next_run_ms === "object")
                            message.next_run_ms = new $util.LongBits(object.next_run_ms.low >>> 0, object.next_run_ms.high >>> 0).toNumber();
                if (object.backoff_until_ms != null)
                    if (typeof object.backoff_until_ms === "object" ? object.backoff_until_ms.low || object.backoff_until_ms.high : $Number(object.backoff_until_ms) !== 0)
                        if ($util.Long)
                            message.backoff_until_ms = $util.Long.fromValue(object.backoff_until_ms, false);
                        else if (typeof object.backoff_until_ms === "string")
                            message.backoff_until_ms = $parseInt(object.backoff_until_ms, 10);
                        else if (typeof object.backoff_until_ms === "number")
                            message.backoff_until_ms = object.backoff_until_ms;
                        else if (typeof object.backoff_until_ms === "object")
                            message.backoff_until_ms = new $util.LongBits(object.backoff_until_ms.low >>> 0, object.backoff_until_ms.high >>> 0).toNumber();
                if (object.max_runs != null)
                    if ($Number(object.max_runs) !== 0)
                        message.max_runs = object.max_runs >>> 0;
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".mc.v1.WorkloadState.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.ts_ms != null)
                    if (typeof object.ts_ms === "object" ? object.ts_ms.low || object.ts_ms.high : $Number(object.ts_ms) !== 0)
                        if ($util.Long)
                            message.ts_ms = $util.Long.fromValue(object.ts_ms, false);
                        else if (typeof object.ts_ms === "string")
                            message.ts_ms = $parseInt(object.ts_ms, 10);
                        else if (typeof object.ts_ms === "number")
                            message.ts_ms = object.ts_ms;
                        else if (typeof object.ts_ms === "object")
                            message.ts_ms = new $util.LongBits(object.ts_ms.low >>> 0, object.ts_ms.high >>> 0).toNumber();
                if (object.schedule != null)
                    if (typeof object.schedule !== "string" || object.schedule.length)
                        message.schedule = $String(object.schedule);
                if (object.memory_limit_mb != null)
                    if ($Number(object.memory_limit_mb) !== 0)
                        message.memory_limit_mb = object.memory_limit_mb >>> 0;
                if (object.boot_id != null)
                    if (typeof object.boot_id !== "string" || object.boot_id.length)
                        message.boot_id = $String(object.boot_id);
                return message;
            };

            WorkloadState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tags = [];
                if (options.defaults) {
                    object.name = "";
                    object.status = options.enums === $String ? "WORKLOAD_STATUS_UNSPECIFIED" : 0;
                    object.type = "";
                    object.run_mode = "";
                    object.pid = 0;
                    object.run_count = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.last_started_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last_started_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.last_stopped_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last_stopped_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.last_signal = "";
                    object.last_error = "";
                    object.consecutive_failures = 0;
                    object.restarts = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rss_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rss_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cpu_percent = 0;
                    object.version = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.next_run_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.next_run_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.backoff_until_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.backoff_until_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.max_runs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ts_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ts_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.schedule = "";
                    object.memory_limit_mb = 0;
                    object.boot_id = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.mc.v1.WorkloadStatus[message.status] === $undefined ? message.status : $root.mc.v1.WorkloadStatus[message.status] : message.status;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.run_mode != null && $Object.hasOwnProperty.call(message, "run_mode"))
                    object.run_mode = message.run_mode;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.run_count != null && $Object.hasOwnProperty.call(message, "run_count"))
                    object.run_count = message.run_count;
                if (message.last_started_ms != null && $Object.hasOwnProperty.call(message, "last_started_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last_started_ms = typeof message.last_started_ms === "number" ? $BigInt(message.last_started_ms) : $util.Long.fromBits(message.last_started_ms.low >>> 0, message.last_started_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.last_started_ms === "number")
                        object.last_started_ms = options.longs === $String ? $String(message.last_started_ms) : message.last_started_ms;
                    else
                        object.last_started_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.last_started_ms) : options.longs === $Number ? new $util.LongBits(message.last_started_ms.low >>> 0, message.last_started_ms.high >>> 0).toNumber() : message.last_started_ms;
                if (message.last_stopped_ms != null && $Object.hasOwnProperty.call(message, "last_stopped_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last_stopped_ms = typeof message.last_stopped_ms === "number" ? $BigInt(message.last_stopped_ms) : $util.Long.fromBits(message.last_stopped_ms.low >>> 0, message.last_stopped_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.last_stopped_ms === "number")
                        object.last_stopped_ms = options.longs === $String ? $String(message.last_stopped_ms) : message.last_stopped_ms;
                    else
                        object.last_stopped_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.last_stopped_ms) : options.longs === $Number ? new $util.LongBits(message.last_stopped_ms.low >>> 0, message.last_stopped_ms.high >>> 0).toNumber() : message.last_stopped_ms;
                if (message.last_exit_code != null && $Object.hasOwnProperty.call(message, "last_exit_code"))
                    object.last_exit_code = message.last_exit_code;
                if (message.last_signal != null && $Object.hasOwnProperty.call(message, "last_signal"))
                    object.last_signal = message.last_signal;
                if (message.last_error != null && $Object.hasOwnProperty.call(message, "last_error"))
                    object.last_error = message.last_error;
                if (message.consecutive_failures != null && $Object.hasOwnProperty.call(message, "consecutive_failures"))
                    object.consecutive_failures = message.consecutive_failures;
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    object.restarts = message.restarts;
                if (message.rss_bytes != null && $Object.hasOwnProperty.call(message, "rss_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rss_bytes = typeof message.rss_bytes === "number" ? $BigInt(message.rss_bytes) : $util.Long.fromBits(message.rss_bytes.low >>> 0, message.rss_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.rss_bytes === "number")
                        object.rss_bytes = options.longs === $String ? $String(message.rss_bytes) : message.rss_bytes;
                    else
                        object.rss_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.rss_bytes) : options.longs === $Number ? new $util.LongBits(message.rss_bytes.low >>> 0, message.rss_bytes.high >>> 0).toNumber(true) : message.rss_bytes;
                if (message.cpu_percent != null && $Object.hasOwnProperty.call(message, "cpu_percent"))
                    object.cpu_percent = options.json && !$isFinite(message.cpu_percent) ? $String(message.cpu_percent) : message.cpu_percent;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.next_run_ms != null && $Object.hasOwnProperty.call(message, "next_run_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.next_run_ms = typeof message.next_run_ms === "number" ? $BigInt(message.next_run_ms) : $util.Long.fromBits(message.next_run_ms.low >>> 0, message.next_run_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.next_run_ms === "number")
                        object.next_run_ms = options.longs === $String ? $String(message.next_run_ms) : message.next_run_ms;
                    else
                        object.next_run_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.next_run_ms) : options.longs === $Number ? new $util.LongBits(message.next_run_ms.low >>> 0, message.next_run_ms.high >>> 0).toNumber() : message.next_run_ms;
                if (message.backoff_until_ms != null && $Object.hasOwnProperty.call(message, "backoff_until_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.backoff_until_ms = typeof message.backoff_until_ms === "number" ? $BigInt(message.backoff_until_ms) : $util.Long.fromBits(message.backoff_until_ms.low >>> 0, message.backoff_until_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.backoff_until_ms === "number")
                        object.backoff_until_ms = options.longs === $String ? $String(message.backoff_until_ms) : message.backoff_until_ms;
                    else
                        object.backoff_until_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.backoff_until_ms) : options.longs === $Number ? new $util.LongBits(message.backoff_until_ms.low >>> 0, message.backoff_until_ms.high >>> 0).toNumber() : message.backoff_until_ms;
                if (message.max_runs != null && $Object.hasOwnProperty.call(message, "max_runs"))
                    object.max_runs = message.max_runs;
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ts_ms = typeof message.ts_ms === "number" ? $BigInt(message.ts_ms) : $util.Long.fromBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.ts_ms === "number")
                        object.ts_ms = options.longs === $String ? $String(message.ts_ms) : message.ts_ms;
                    else
                        object.ts_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.ts_ms) : options.longs === $Number ? new $util.LongBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0).toNumber() : message.ts_ms;
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    object.schedule = message.schedule;
                if (message.memory_limit_mb != null && $Object.hasOwnProperty.call(message, "memory_limit_mb"))
                    object.memory_limit_mb = message.memory_limit_mb;
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id"))
                    object.boot_id = message.boot_id;
                return object;
            };

            WorkloadState.prototype.toJSON = function() {
                return WorkloadState.toObject(this, $protobuf.util.toJSONOptions);
            };

            WorkloadState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.WorkloadState";
            };

            return WorkloadState;
        })();

        v1.Heartbeat = (function() {

            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Heartbeat.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Heartbeat.prototype.uptime_s = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Heartbeat.prototype.cpu_percent = 0;
            Heartbeat.prototype.mem_percent = 0;
            Heartbeat.prototype.status_seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(8).uint64(message.seq);
                if (message.uptime_s != null && $Object.hasOwnProperty.call(message, "uptime_s") && (typeof message.uptime_s === "object" ? message.uptime_s.low || message.uptime_s.high : message.uptime_s !== 0))
                    writer.uint32(16).uint64(message.uptime_s);
                if (message.cpu_percent != null && $Object.hasOwnProperty.call(message, "cpu_percent") && !$Object.is(message.cpu_percent, 0))
                    writer.uint32(29).float(message.cpu_percent);
                if (message.mem_percent != null && $Object.hasOwnProperty.call(message, "mem_percent") && !$Object.is(message.mem_percent, 0))
                    writer.uint32(37).float(message.mem_percent);
                if (message.status_seq != null && $Object.hasOwnProperty.call(message, "status_seq") && (typeof message.status_seq === "object" ? message.status_seq.low || message.status_seq.high : message.status_seq !== 0))
                    writer.uint32(40).uint64(message.status_seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptime_s = value;
                            else
                                delete message.uptime_s;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.cpu_percent = value;
                            else
                                delete message.cpu_percent;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.mem_percent = value;
                            else
                                delete message.mem_percent;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.status_seq = value;
                            else
                                delete message.status_seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.uptime_s != null && $Object.hasOwnProperty.call(message, "uptime_s"))
                    if (!$util.isInteger(message.uptime_s) && !(message.uptime_s && $util.isInteger(message.uptime_s.low) && $util.isInteger(message.uptime_s.high)))
                        return "uptime_s: integer|Long expected";
                if (message.cpu_percent != null && $Object.hasOwnProperty.call(message, "cpu_percent"))
                    if (typeof message.cpu_percent !== "number")
                        return "cpu_percent: number expected";
                if (message.mem_percent != null && $Object.hasOwnProperty.call(message, "mem_percent"))
                    if (typeof message.mem_percent !== "number")
                        return "mem_percent: number expected";
                if (message.status_seq != null && $Object.hasOwnProperty.call(message, "status_seq"))
                    if (!$util.isInteger(message.status_seq) && !(message.status_seq && $util.isInteger(message.status_seq.low) && $util.isInteger(message.status_seq.high)))
                        return "status_seq: integer|Long expected";
                return null;
            };

            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.Heartbeat();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.uptime_s != null)
                    if (typeof object.uptime_s === "object" ? object.uptime_s.low || object.uptime_s.high : $Number(object.uptime_s) !== 0)
                        if ($util.Long)
                            message.uptime_s = $util.Long.fromValue(object.uptime_s, true);
                        else if (typeof object.uptime_s === "string")
                            message.uptime_s = $parseInt(object.uptime_s, 10);
                        else if (typeof object.uptime_s === "number")
                            message.uptime_s = object.uptime_s;
                        else if (typeof object.uptime_s === "object")
                            message.uptime_s = new $util.LongBits(object.uptime_s.low >>> 0, object.uptime_s.high >>> 0).toNumber(true);
                if (object.cpu_percent != null)
                    if (!$Object.is($Number(object.cpu_percent), 0))
                        message.cpu_percent = $Number(object.cpu_percent);
                if (object.mem_percent != null)
                    if (!$Object.is($Number(object.mem_percent), 0))
                        message.mem_percent = $Number(object.mem_percent);
                if (object.status_seq != null)
                    if (typeof object.status_seq === "object" ? object.status_seq.low || object.status_seq.high : $Number(object.status_seq) !== 0)
                        if ($util.Long)
                            message.status_seq = $util.Long.fromValue(object.status_seq, true);
                        else if (typeof object.status_seq === "string")
                            message.status_seq = $parseInt(object.status_seq, 10);
                        else if (typeof object.status_seq === "number")
                            message.status_seq = object.status_seq;
                        else if (typeof object.status_seq === "object")
                            message.status_seq = new $util.LongBits(object.status_seq.low >>> 0, object.status_seq.high >>> 0).toNumber(true);
                return message;
            };

            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptime_s = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptime_s = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cpu_percent = 0;
                    object.mem_percent = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.status_seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.status_seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.uptime_s != null && $Object.hasOwnProperty.call(message, "uptime_s"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptime_s = typeof message.uptime_s === "number" ? $BigInt(message.uptime_s) : $util.Long.fromBits(message.uptime_s.low >>> 0, message.uptime_s.high >>> 0, true).toBigInt();
                    else if (typeof message.uptime_s === "number")
                        object.uptime_s = options.longs === $String ? $String(message.uptime_s) : message.uptime_s;
                    else
                        object.uptime_s = options.longs === $String ? $util.Long.prototype.toString.call(message.uptime_s) : options.longs === $Number ? new $util.LongBits(message.uptime_s.low >>> 0, message.uptime_s.high >>> 0).toNumber(true) : message.uptime_s;
                if (message.cpu_percent != null && $Object.hasOwnProperty.call(message, "cpu_percent"))
                    object.cpu_percent = options.json && !$isFinite(message.cpu_percent) ? $String(message.cpu_percent) : message.cpu_percent;
                if (message.mem_percent != null && $Object.hasOwnProperty.call(message, "mem_percent"))
                    object.mem_percent = options.json && !$isFinite(message.mem_percent) ? $String(message.mem_percent) : message.mem_percent;
                if (message.status_seq != null && $Object.hasOwnProperty.call(message, "status_seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.status_seq = typeof message.status_seq === "number" ? $BigInt(message.status_seq) : $util.Long.fromBits(message.status_seq.low >>> 0, message.status_seq.high >>> 0, true).toBigInt();
                    else if (typeof message.status_seq === "number")
                        object.status_seq = options.longs === $String ? $String(message.status_seq) : message.status_seq;
                    else
                        object.status_seq = options.longs === $String ? $util.Long.prototype.toString.call(message.status_seq) : options.longs === $Number ? new $util.LongBits(message.status_seq.low >>> 0, message.status_seq.high >>> 0).toNumber(true) : message.status_seq;
                return object;
            };

            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.EventType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EVENT_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EVENT_TYPE_STARTED"] = 1;
            values[valuesById[2] = "EVENT_TYPE_EXITED"] = 2;
            values[valuesById[3] = "EVENT_TYPE_FAILED"] = 3;
            values[valuesById[4] = "EVENT_TYPE_COMPLETED"] = 4;
            values[valuesById[5] = "EVENT_TYPE_RESTARTED"] = 5;
            values[valuesById[6] = "EVENT_TYPE_BACKOFF"] = 6;
            values[valuesById[7] = "EVENT_TYPE_MEMORY_WARNING"] = 7;
            values[valuesById[8] = "EVENT_TYPE_RELOADED"] = 8;
            values[valuesById[9] = "EVENT_TYPE_DEPLOYED"] = 9;
            values[valuesById[10] = "EVENT_TYPE_STOPPED"] = 10;
            values[valuesById[11] = "EVENT_TYPE_SKIPPED"] = 11;
            values[valuesById[12] = "EVENT_TYPE_TIMEOUT"] = 12;
            values[valuesById[13] = "EVENT_TYPE_DEPLOY_FAILED"] = 13;
            values[valuesById[14] = "EVENT_TYPE_ROLLED_BACK"] = 14;
            values[valuesById[15] = "EVENT_TYPE_TASK_STARTED"] = 15;
            values[valuesById[16] = "EVENT_TYPE_TASK_FINISHED"] = 16;
            values[valuesById[17] = "EVENT_TYPE_ADOPTED"] = 17;
            values[valuesById[18] = "EVENT_TYPE_MEMORY_LIMIT"] = 18;
            values[valuesById[19] = "EVENT_TYPE_RECOVERED"] = 19;
            return values;
        })();

        v1.Event = (function() {

            const Event = function (properties) {
                this.attrs = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Event.prototype.ts_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Event.prototype.type = 0;
            Event.prototype.workload = "";
            Event.prototype.message = "";
            Event.prototype.exit_code = null;
            Event.prototype.signal = "";
            Event.prototype.run_id = "";
            Event.prototype.attrs = $util.emptyObject;
            Event.prototype.boot_id = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Event.prototype, "_exit_code", {
                get: $util.oneOfGetter($oneOfFields = ["exit_code"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Event.create = function(properties) {
                return new Event(properties);
            };

            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(8).uint64(message.seq);
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms") && (typeof message.ts_ms === "object" ? message.ts_ms.low || message.ts_ms.high : message.ts_ms !== 0))
                    writer.uint32(16).int64(message.ts_ms);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(24).int32(message.type);
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(34).string(message.workload);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(42).string(message.message);
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code"))
                    writer.uint32(48).int32(message.exit_code);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(58).string(message.signal);
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id") && message.run_id !== "")
                    writer.uint32(66).string(message.run_id);
                if (message.attrs != null && $Object.hasOwnProperty.call(message, "attrs"))
                    for (let keys = $Object.keys(message.attrs), i = 0; i < keys.length; ++i)
                        writer.uint32(74).fork().uint32(10).string(keys[i]).uint32(18).string(message.attrs[keys[i]]).ldelim();
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id") && message.boot_id !== "")
                    writer.uint32(82).string(message.boot_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Event.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts_ms = value;
                            else
                                delete message.ts_ms;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.exit_code = reader.int32();
                            message._exit_code = "exit_code";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signal = value;
                            else
                                delete message.signal;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_id = value;
                            else
                                delete message.run_id;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.attrs === $util.emptyObject)
                                message.attrs = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.attrs, key);
                            message.attrs[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.boot_id = value;
                            else
                                delete message.boot_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Event.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Event.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (!$util.isInteger(message.ts_ms) && !(message.ts_ms && $util.isInteger(message.ts_ms.low) && $util.isInteger(message.ts_ms.high)))
                        return "ts_ms: integer|Long expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code")) {
                    properties._exit_code = 1;
                    if (!$util.isInteger(message.exit_code))
                        return "exit_code: integer expected";
                }
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    if (!$util.isString(message.signal))
                        return "signal: string expected";
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    if (!$util.isString(message.run_id))
                        return "run_id: string expected";
                if (message.attrs != null && $Object.hasOwnProperty.call(message, "attrs")) {
                    if (!$util.isObject(message.attrs))
                        return "attrs: object expected";
                    let key = $Object.keys(message.attrs);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.attrs[key[i]]))
                            return "attrs: string{k:string} expected";
                }
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id"))
                    if (!$util.isString(message.boot_id))
                        return "boot_id: string expected";
                return null;
            };

            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.Event();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.ts_ms != null)
                    if (typeof object.ts_ms === "object" ? object.ts_ms.low || object.ts_ms.high : $Number(object.ts_ms) !== 0)
                        if ($util.Long)
                            message.ts_ms = $util.Long.fromValue(object.ts_ms, false);
                        else if (typeof object.ts_ms === "string")
                            message.ts_ms = $parseInt(object.ts_ms, 10);
                        else if (typeof object.ts_ms === "number")
                            message.ts_ms = object.ts_ms;
                        else if (typeof object.ts_ms === "object")
                            message.ts_ms = new $util.LongBits(object.ts_ms.low >>> 0, object.ts_ms.high >>> 0).toNumber();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.mc.v1.EventType[object.type] !== 0))
                    switch (object.type) {
                    case "EVENT_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "EVENT_TYPE_STARTED":
                    case 1:
                        message.type = 1;
                        break;
                    case "EVENT_TYPE_EXITED":
                    case 2:
                        message.type = 2;
                        break;
                    case "EVENT_TYPE_FAILED":
                    case 3:
                        message.type = 3;
                        break;
                    case "EVENT_TYPE_COMPLETED":
                    case 4:
                        message.type = 4;
                        break;
                    case "EVENT_TYPE_RESTARTED":
                    case 5:
                        message.type = 5;
                        break;
                    case "EVENT_TYPE_BACKOFF":
                    case 6:
                        message.type = 6;
                        break;
                    case "EVENT_TYPE_MEMORY_WARNING":
                    case 7:
                        message.type = 7;
                        break;
                    case "EVENT_TYPE_RELOADED":
                    case 8:
                        message.type = 8;
                        break;
                    case "EVENT_TYPE_DEPLOYED":
                    case 9:
                        message.type = 9;
                        break;
                    case "EVENT_TYPE_STOPPED":
                    case 10:
                        message.type = 10;
                        break;
                    case "EVENT_TYPE_SKIPPED":
                    case 11:
                        message.type = 11;
                        break;
                    case "EVENT_TYPE_TIMEOUT":
                    case 12:
                        message.type = 12;
                        break;
                    case "EVENT_TYPE_DEPLOY_FAILED":
                    case 13:
                        message.type = 13;
                        break;
                    case "EVENT_TYPE_ROLLED_BACK":
                    case 14:
                        message.type = 14;
                        break;
                    case "EVENT_TYPE_TASK_STARTED":
                    case 15:
                        message.type = 15;
                        break;
                    case "EVENT_TYPE_TASK_FINISHED":
                    case 16:
                        message.type = 16;
                        break;
                    case "EVENT_TYPE_ADOPTED":
                    case 17:
                        message.type = 17;
                        break;
                    case "EVENT_TYPE_MEMORY_LIMIT":
                    case 18:
                        message.type = 18;
                        break;
                    case "EVENT_TYPE_RECOVERED":
                    case 19:
                        message.type = 19;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.exit_code != null)
                    message.exit_code = object.exit_code | 0;
                if (object.signal != null)
                    if (typeof object.signal !== "string" || object.signal.length)
                        message.signal = $String(object.signal);
                if (object.run_id != null)
                    if (typeof object.run_id !== "string" || object.run_id.length)
                        message.run_id = $String(object.run_id);
                if (object.attrs) {
                    if (!$util.isObject(object.attrs))
                        throw $TypeError(".mc.v1.Event.attrs: object expected");
                    message.attrs = {};
                    for (let keys = $Object.keys(object.attrs), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.attrs, keys[i]);
                        message.attrs[keys[i]] = $String(object.attrs[keys[i]]);
                    }
                }
                if (object.boot_id != null)
                    if (typeof object.boot_id !== "string" || object.boot_id.length)
                        message.boot_id = $String(object.boot_id);
                return message;
            };

            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.attrs = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ts_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ts_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.type = options.enums === $String ? "EVENT_TYPE_UNSPECIFIED" : 0;
                    object.workload = "";
                    object.message = "";
                    object.signal = "";
                    object.run_id = "";
                    object.boot_id = "";
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ts_ms = typeof message.ts_ms === "number" ? $BigInt(message.ts_ms) : $util.Long.fromBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.ts_ms === "number")
                        object.ts_ms = options.longs === $String ? $String(message.ts_ms) : message.ts_ms;
                    else
                        object.ts_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.ts_ms) : options.longs === $Number ? new $util.LongBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0).toNumber() : message.ts_ms;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.mc.v1.EventType[message.type] === $undefined ? message.type : $root.mc.v1.EventType[message.type] : message.type;
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code"))
                    object.exit_code = message.exit_code;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    object.run_id = message.run_id;
                let keys2;
                if (message.attrs && (keys2 = $Object.keys(message.attrs)).length) {
                    object.attrs = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.attrs, keys2[j]);
                        object.attrs[keys2[j]] = message.attrs[keys2[j]];
                    }
                }
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id"))
                    object.boot_id = message.boot_id;
                return object;
            };

            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.Event";
            };

            return Event;
        })();

        v1.LogChunk = (function() {

            const LogChunk = function (properties) {
                this.lines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LogChunk.prototype.workload = "";
            LogChunk.prototype.stream_id = "";
            LogChunk.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LogChunk.prototype.ts_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            LogChunk.prototype.lines = $util.emptyArray;
            LogChunk.prototype.eof = false;
            LogChunk.prototype.run_id = "";

            LogChunk.create = function(properties) {
                return new LogChunk(properties);
            };

            LogChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(10).string(message.workload);
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id") && message.stream_id !== "")
                    writer.uint32(18).string(message.stream_id);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(24).uint64(message.seq);
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms") && (typeof message.ts_ms === "object" ? message.ts_ms.low || message.ts_ms.high : message.ts_ms !== 0))
                    writer.uint32(32).int64(message.ts_ms);
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        writer.uint32(42).string(message.lines[i]);
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof") && message.eof !== false)
                    writer.uint32(48).bool(message.eof);
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id") && message.run_id !== "")
                    writer.uint32(58).string(message.run_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LogChunk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LogChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.LogChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stream_id = value;
                            else
                                delete message.stream_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts_ms = value;
                            else
                                delete message.ts_ms;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.eof = value;
                            else
                                delete message.eof;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_id = value;
                            else
                                delete message.run_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LogChunk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LogChunk.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id"))
                    if (!$util.isString(message.stream_id))
                        return "stream_id: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (!$util.isInteger(message.ts_ms) && !(message.ts_ms && $util.isInteger(message.ts_ms.low) && $util.isInteger(message.ts_ms.high)))
                        return "ts_ms: integer|Long expected";
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines")) {
                    if (!$Array.isArray(message.lines))
                        return "lines: array expected";
                    for (let i = 0; i < message.lines.length; ++i)
                        if (!$util.isString(message.lines[i]))
                            return "lines: string[] expected";
                }
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof"))
                    if (typeof message.eof !== "boolean")
                        return "eof: boolean expected";
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    if (!$util.isString(message.run_id))
                        return "run_id: string expected";
                return null;
            };

            LogChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.LogChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.LogChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.LogChunk();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.stream_id != null)
                    if (typeof object.stream_id !== "string" || object.stream_id.length)
                        message.stream_id = $String(object.stream_id);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.ts_ms != null)
                    if (typeof object.ts_ms === "object" ? object.ts_ms.low || object.ts_ms.high : $Number(object.ts_ms) !== 0)
                        if ($util.Long)
                            message.ts_ms = $util.Long.fromValue(object.ts_ms, false);
                        else if (typeof object.ts_ms === "string")
                            message.ts_ms = $parseInt(object.ts_ms, 10);
                        else if (typeof object.ts_ms === "number")
                            message.ts_ms = object.ts_ms;
                        else if (typeof object.ts_ms === "object")
                            message.ts_ms = new $util.LongBits(object.ts_ms.low >>> 0, object.ts_ms.high >>> 0).toNumber();
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".mc.v1.LogChunk.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i)
                        message.lines[i] = $String(object.lines[i]);
                }
                if (object.eof != null)
                    if (object.eof)
                        message.eof = $Boolean(object.eof);
                if (object.run_id != null)
                    if (typeof object.run_id !== "string" || object.run_id.length)
                        message.run_id = $String(object.run_id);
                return message;
            };

            LogChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults) {
                    object.workload = "";
                    object.stream_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ts_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ts_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.eof = false;
                    object.run_id = "";
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id"))
                    object.stream_id = message.stream_id;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ts_ms = typeof message.ts_ms === "number" ? $BigInt(message.ts_ms) : $util.Long.fromBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.ts_ms === "number")
                        object.ts_ms = options.longs === $String ? $String(message.ts_ms) : message.ts_ms;
                    else
                        object.ts_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.ts_ms) : options.longs === $Number ? new $util.LongBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0).toNumber() : message.ts_ms;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = message.lines[j];
                }
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof"))
                    object.eof = message.eof;
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    object.run_id = message.run_id;
                return object;
            };

            LogChunk.prototype.toJSON = function() {
                return LogChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            LogChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.LogChunk";
            };

            return LogChunk;
        })();

        v1.Command = (function() {

            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Command.prototype.id = "";
            Command.prototype.issued_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Command.prototype.expires_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Command.prototype.reply_to = "";
            Command.prototype.issuer = "";
            Command.prototype.start = null;
            Command.prototype.stop = null;
            Command.prototype.restart = null;
            Command.prototype.reload = null;
            Command.prototype.logs = null;
            Command.prototype.status = null;
            Command.prototype.list = null;
            Command.prototype.exec = null;
            Command.prototype.logs_stop = null;
            Command.prototype.exec_status = null;
            Command.prototype.exec_stop = null;
            Command.prototype.shutdown = null;
            Command.prototype.device_status = null;
            Command.prototype.exec_list = null;

            let $oneOfFields;

            $Object.defineProperty(Command.prototype, "action", {
                get: $util.oneOfGetter($oneOfFields = ["start", "stop", "restart", "reload", "logs", "status", "list", "exec", "logs_stop", "exec_status", "exec_stop", "shutdown", "device_status", "exec_list"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Command.create = function(properties) {
                return new Command(properties);
            };

            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.issued_at_ms != null && $Object.hasOwnProperty.call(message, "issued_at_ms") && (typeof message.issued_at_ms === "object" ? message.issued_at_ms.low || message.issued_at_ms.high : message.issued_at_ms !== 0))
                    writer.uint32(16).int64(message.issued_at_ms);
                if (message.expires_at_ms != null && $Object.hasOwnProperty.call(message, "expires_at_ms") && (typeof message.expires_at_ms === "object" ? message.expires_at_ms.low || message.expires_at_ms.high : message.expires_at_ms !== 0))
                    writer.uint32(24).int64(message.expires_at_ms);
                if (message.reply_to != null && $Object.hasOwnProperty.call(message, "reply_to") && message.reply_to !== "")
                    writer.uint32(34).string(message.reply_to);
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer") && message.issuer !== "")
                    writer.uint32(42).string(message.issuer);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    $root.mc.v1.StartCmd.encode(message.start, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop"))
                    $root.mc.v1.StopCmd.encode(message.stop, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart"))
                    $root.mc.v1.RestartCmd.encode(message.restart, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.reload != null && $Object.hasOwnProperty.call(message, "reload"))
                    $root.mc.v1.ReloadCmd.encode(message.reload, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs"))
                    $root.mc.v1.LogsCmd.encode(message.logs, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.mc.v1.StatusCmd.encode(message.status, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                    $root.mc.v1.ListCmd.encode(message.list, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec"))
                    $root.mc.v1.ExecCmd.encode(message.exec, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.logs_stop != null && $Object.hasOwnProperty.call(message, "logs_stop"))
                    $root.mc.v1.LogsStopCmd.encode(message.logs_stop, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.exec_status != null && $Object.hasOwnProperty.call(message, "exec_status"))
                    $root.mc.v1.ExecStatusCmd.encode(message.exec_status, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.exec_stop != null && $Object.hasOwnProperty.call(message, "exec_stop"))
                    $root.mc.v1.ExecStopCmd.encode(message.exec_stop, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                    $root.mc.v1.ShutdownCmd.encode(message.shutdown, writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.device_status != null && $Object.hasOwnProperty.call(message, "device_status"))
                    $root.mc.v1.DeviceStatusCmd.encode(message.device_status, writer.uint32(178).fork(), _depth + 1).ldelim();
                if (message.exec_list != null && $Object.hasOwnProperty.call(message, "exec_list"))
                    $root.mc.v1.ExecListCmd.encode(message.exec_list, writer.uint32(186).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Command.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issued_at_ms = value;
                            else
                                delete message.issued_at_ms;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expires_at_ms = value;
                            else
                                delete message.expires_at_ms;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reply_to = value;
                            else
                                delete message.reply_to;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.issuer = value;
                            else
                                delete message.issuer;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.mc.v1.StartCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                            message.action = "start";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.stop = $root.mc.v1.StopCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.stop);
                            message.action = "stop";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.restart = $root.mc.v1.RestartCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.restart);
                            message.action = "restart";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.reload = $root.mc.v1.ReloadCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.reload);
                            message.action = "reload";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.logs = $root.mc.v1.LogsCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.logs);
                            message.action = "logs";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.mc.v1.StatusCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.action = "status";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.list = $root.mc.v1.ListCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.list);
                            message.action = "list";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.exec = $root.mc.v1.ExecCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.exec);
                            message.action = "exec";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.logs_stop = $root.mc.v1.LogsStopCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.logs_stop);
                            message.action = "logs_stop";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.exec_status = $root.mc.v1.ExecStatusCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.exec_status);
                            message.action = "exec_status";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.exec_stop = $root.mc.v1.ExecStopCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.exec_stop);
                            message.action = "exec_stop";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.shutdown = $root.mc.v1.ShutdownCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdown);
                            message.action = "shutdown";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.device_status = $root.mc.v1.DeviceStatusCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.device_status);
                            message.action = "device_status";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.exec_list = $root.mc.v1.ExecListCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.exec_list);
                            message.action = "exec_list";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Command.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Command.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.issued_at_ms != null && $Object.hasOwnProperty.call(message, "issued_at_ms"))
                    if (!$util.isInteger(message.issued_at_ms) && !(message.issued_at_ms && $util.isInteger(message.issued_at_ms.low) && $util.isInteger(message.issued_at_ms.high)))
                        return "issued_at_ms: integer|Long expected";
                if (message.expires_at_ms != null && $Object.hasOwnProperty.call(message, "expires_at_ms"))
                    if (!$util.isInteger(message.expires_at_ms) && !(message.expires_at_ms && $util.isInteger(message.expires_at_ms.low) && $util.isInteger(message.expires_at_ms.high)))
                        return "expires_at_ms: integer|Long expected";
                if (message.reply_to != null && $Object.hasOwnProperty.call(message, "reply_to"))
                    if (!$util.isString(message.reply_to))
                        return "reply_to: string expected";
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                    if (!$util.isString(message.issuer))
                        return "issuer: string expected";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.StartCmd.verify(message.start, _depth + 1);
                        if (error)
                            return "start." + error;
                    }
                }
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.StopCmd.verify(message.stop, _depth + 1);
                        if (error)
                            return "stop." + error;
                    }
                }
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.RestartCmd.verify(message.restart, _depth + 1);
                        if (error)
                            return "restart." + error;
                    }
                }
                if (message.reload != null && $Object.hasOwnProperty.call(message, "reload")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.ReloadCmd.verify(message.reload, _depth + 1);
                        if (error)
                            return "reload." + error;
                    }
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.LogsCmd.verify(message.logs, _depth + 1);
                        if (error)
                            return "logs." + error;
                    }
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.StatusCmd.verify(message.status, _depth + 1);
                        if (error)
                            return "status." + error;
                    }
                }
                if (message.list != null && $Object.hasOwnProperty.call(message, "list")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.ListCmd.verify(message.list, _depth + 1);
                        if (error)
                            return "list." + error;
                    }
                }
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.ExecCmd.verify(message.exec, _depth + 1);
                        if (error)
                            return "exec." + error;
                    }
                }
                if (message.logs_stop != null && $Object.hasOwnProperty.call(message, "logs_stop")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.LogsStopCmd.verify(message.logs_stop, _depth + 1);
                        if (error)
                            return "logs_stop." + error;
                    }
                }
                if (message.exec_status != null && $Object.hasOwnProperty.call(message, "exec_status")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.ExecStatusCmd.verify(message.exec_status, _depth + 1);
                        if (error)
                            return "exec_status." + error;
                    }
                }
                if (message.exec_stop != null && $Object.hasOwnProperty.call(message, "exec_stop")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.ExecStopCmd.verify(message.exec_stop, _depth + 1);
                        if (error)
                            return "exec_stop." + error;
                    }
                }
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.ShutdownCmd.verify(message.shutdown, _depth + 1);
                        if (error)
                            return "shutdown." + error;
                    }
                }
                if (message.device_status != null && $Object.hasOwnProperty.call(message, "device_status")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.DeviceStatusCmd.verify(message.device_status, _depth + 1);
                        if (error)
                            return "device_status." + error;
                    }
                }
                if (message.exec_list != null && $Object.hasOwnProperty.call(message, "exec_list")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.ExecListCmd.verify(message.exec_list, _depth + 1);
                        if (error)
                            return "exec_list." + error;
                    }
                }
                return null;
            };

            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.Command();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.issued_at_ms != null)
                    if (typeof object.issued_at_ms === "object" ? object.issued_at_ms.low || object.issued_at_ms.high : $Number(object.issued_at_ms) !== 0)
                        if ($util.Long)
                            message.issued_at_ms = $util.Long.fromValue(object.issued_at_ms, false);
                        else if (typeof object.issued_at_ms === "string")
                            message.issued_at_ms = $parseInt(object.issued_at_ms, 10);
                        else if (typeof object.issued_at_ms === "number")
                            message.issued_at_ms = object.issued_at_ms;
                        else if (typeof object.issued_at_ms === "object")
                            message.issued_at_ms = new $util.LongBits(object.issued_at_ms.low >>> 0, object.issued_at_ms.high >>> 0).toNumber();
                if (object.expires_at_ms != null)
                    if (typeof object.expires_at_ms === "object" ? object.expires_at_ms.low || object.expires_at_ms.high : $Number(object.expires_at_ms) !== 0)
                        if ($util.Long)
                            message.expires_at_ms = $util.Long.fromValue(object.expires_at_ms, false);
                        else if (typeof object.expires_at_ms === "string")
                            message.expires_at_ms = $parseInt(object.expires_at_ms, 10);
                        else if (typeof object.expires_at_ms === "number")
                            message.expires_at_ms = object.expires_at_ms;
                        else if (typeof object.expires_at_ms === "object")
                            message.expires_at_ms = new $util.LongBits(object.expires_at_ms.low >>> 0, object.expires_at_ms.high >>> 0).toNumber();
                if (object.reply_to != null)
                    if (typeof object.reply_to !== "string" || object.reply_to.length)
                        message.reply_to = $String(object.reply_to);
                if (object.issuer != null)
                    if (typeof object.issuer !== "string" || object.issuer.length)
                        message.issuer = $String(object.issuer);
                if (object.start != null) {
                    if (!$util.isObject(object.start))
                        throw $TypeError(".mc.v1.Command.start: object expected");
                    message.start = $root.mc.v1.StartCmd.fromObject(object.start, _depth + 1);
                }
                if (object.stop != null) {
                    if (!$util.isObject(object.stop))
                        throw $TypeError(".mc.v1.Command.stop: object expected");
                    message.stop = $root.mc.v1.StopCmd.fromObject(object.stop, _depth + 1);
                }
                if (object.restart != null) {
                    if (!$util.isObject(object.restart))
                        throw $TypeError(".mc.v1.Command.restart: object expected");
                    message.restart = $root.mc.v1.RestartCmd.fromObject(object.restart, _depth + 1);
                }
                if (object.reload != null) {
                    if (!$util.isObject(object.reload))
                        throw $TypeError(".mc.v1.Command.reload: object expected");
                    message.reload = $root.mc.v1.ReloadCmd.fromObject(object.reload, _depth + 1);
                }
                if (object.logs != null) {
                    if (!$util.isObject(object.logs))
                        throw $TypeError(".mc.v1.Command.logs: object expected");
                    message.logs = $root.mc.v1.LogsCmd.fromObject(object.logs, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".mc.v1.Command.status: object expected");
                    message.status = $root.mc.v1.StatusCmd.fromObject(object.status, _depth + 1);
                }
                if (object.list != null) {
                    if (!$util.isObject(object.list))
                        throw $TypeError(".mc.v1.Command.list: object expected");
                    message.list = $root.mc.v1.ListCmd.fromObject(object.list, _depth + 1);
                }
                if (object.exec != null) {
                    if (!$util.isObject(object.exec))
                        throw $TypeError(".mc.v1.Command.exec: object expected");
                    message.exec = $root.mc.v1.ExecCmd.fromObject(object.exec, _depth + 1);
                }
                if (object.logs_stop != null) {
                    if (!$util.isObject(object.logs_stop))
                        throw $TypeError(".mc.v1.Command.logs_stop: object expected");
                    message.logs_stop = $root.mc.v1.LogsStopCmd.fromObject(object.logs_stop, _depth + 1);
                }
                if (object.exec_status != null) {
                    if (!$util.isObject(object.exec_status))
                        throw $TypeError(".mc.v1.Command.exec_status: object expected");
                    message.exec_status = $root.mc.v1.ExecStatusCmd.fromObject(object.exec_status, _depth + 1);
                }
                if (object.exec_stop != null) {
                    if (!$util.isObject(object.exec_stop))
                        throw $TypeError(".mc.v1.Command.exec_stop: object expected");
                    message.exec_stop = $root.mc.v1.ExecStopCmd.fromObject(object.exec_stop, _depth + 1);
                }
                if (object.shutdown != null) {
                    if (!$util.isObject(object.shutdown))
                        throw $TypeError(".mc.v1.Command.shutdown: object expected");
                    message.shutdown = $root.mc.v1.ShutdownCmd.fromObject(object.shutdown, _depth + 1);
                }
                if (object.device_status != null) {
                    if (!$util.isObject(object.device_status))
                        throw $TypeError(".mc.v1.Command.device_status: object expected");
                    message.device_status = $root.mc.v1.DeviceStatusCmd.fromObject(object.device_status, _depth + 1);
                }
                if (object.exec_list != null) {
                    if (!$util.isObject(object.exec_list))
                        throw $TypeError(".mc.v1.Command.exec_list: object expected");
                    message.exec_list = $root.mc.v1.ExecListCmd.fromObject(object.exec_list, _depth + 1);
                }
                return message;
            };

            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issued_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issued_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expires_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expires_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reply_to = "";
                    object.issuer = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.issued_at_ms != null && $Object.hasOwnProperty.call(message, "issued_at_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issued_at_ms = typeof message.issued_at_ms === "number" ? $BigInt(message.issued_at_ms) : $util.Long.fromBits(message.issued_at_ms.low >>> 0, message.issued_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.issued_at_ms === "number")
                        object.issued_at_ms = options.longs === $String ? $String(message.issued_at_ms) : message.issued_at_ms;
                    else
                        object.issued_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.issued_at_ms) : options.longs === $Number ? new $util.LongBits(message.issued_at_ms.low >>> 0, message.issued_at_ms.high >>> 0).toNumber() : message.issued_at_ms;
                if (message.expires_at_ms != null && $Object.hasOwnProperty.call(message, "expires_at_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expires_at_ms = typeof message.expires_at_ms === "number" ? $BigInt(message.expires_at_ms) : $util.Long.fromBits(message.expires_at_ms.low >>> 0, message.expires_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.expires_at_ms === "number")
                        object.expires_at_ms = options.longs === $String ? $String(message.expires_at_ms) : message.expires_at_ms;
                    else
                        object.expires_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.expires_at_ms) : options.longs === $Number ? new $util.LongBits(message.expires_at_ms.low >>> 0, message.expires_at_ms.high >>> 0).toNumber() : message.expires_at_ms;
                if (message.reply_to != null && $Object.hasOwnProperty.call(message, "reply_to"))
                    object.reply_to = message.reply_to;
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                    object.issuer = message.issuer;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    object.start = $root.mc.v1.StartCmd.toObject(message.start, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "start";
                }
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                    object.stop = $root.mc.v1.StopCmd.toObject(message.stop, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "stop";
                }
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart")) {
                    object.restart = $root.mc.v1.RestartCmd.toObject(message.restart, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "restart";
                }
                if (message.reload != null && $Object.hasOwnProperty.call(message, "reload")) {
                    object.reload = $root.mc.v1.ReloadCmd.toObject(message.reload, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "reload";
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    object.logs = $root.mc.v1.LogsCmd.toObject(message.logs, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "logs";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    object.status = $root.mc.v1.StatusCmd.toObject(message.status, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "status";
                }
                if (message.list != null && $Object.hasOwnProperty.call(message, "list")) {
                    object.list = $root.mc.v1.ListCmd.toObject(message.list, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "list";
                }
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec")) {
                    object.exec = $root.mc.v1.ExecCmd.toObject(message.exec, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "exec";
                }
                if (message.logs_stop != null && $Object.hasOwnProperty.call(message, "logs_stop")) {
                    object.logs_stop = $root.mc.v1.LogsStopCmd.toObject(message.logs_stop, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "logs_stop";
                }
                if (message.exec_status != null && $Object.hasOwnProperty.call(message, "exec_status")) {
                    object.exec_status = $root.mc.v1.ExecStatusCmd.toObject(message.exec_status, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "exec_status";
                }
                if (message.exec_stop != null && $Object.hasOwnProperty.call(message, "exec_stop")) {
                    object.exec_stop = $root.mc.v1.ExecStopCmd.toObject(message.exec_stop, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "exec_stop";
                }
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown")) {
                    object.shutdown = $root.mc.v1.ShutdownCmd.toObject(message.shutdown, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "shutdown";
                }
                if (message.device_status != null && $Object.hasOwnProperty.call(message, "device_status")) {
                    object.device_status = $root.mc.v1.DeviceStatusCmd.toObject(message.device_status, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "device_status";
                }
                if (message.exec_list != null && $Object.hasOwnProperty.call(message, "exec_list")) {
                    object.exec_list = $root.mc.v1.ExecListCmd.toObject(message.exec_list, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "exec_list";
                }
                return object;
            };

            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.Command";
            };

            return Command;
        })();

        v1.StartCmd = (function() {

            const StartCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StartCmd.prototype.workload = "";

            StartCmd.create = function(properties) {
                return new StartCmd(properties);
            };

            StartCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(10).string(message.workload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StartCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StartCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.StartCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StartCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StartCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                return null;
            };

            StartCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.StartCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.StartCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.StartCmd();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                return message;
            };

            StartCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.workload = "";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                return object;
            };

            StartCmd.prototype.toJSON = function() {
                return StartCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            StartCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.StartCmd";
            };

            return StartCmd;
        })();

        v1.StopCmd = (function() {

            const StopCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StopCmd.prototype.workload = "";

            StopCmd.create = function(properties) {
                return new StopCmd(properties);
            };

            StopCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(10).string(message.workload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StopCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StopCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.StopCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StopCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StopCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                return null;
            };

            StopCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.StopCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.StopCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.StopCmd();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                return message;
            };

            StopCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.workload = "";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                return object;
            };

            StopCmd.prototype.toJSON = function() {
                return StopCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            StopCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.StopCmd";
            };

            return StopCmd;
        })();

        v1.RestartCmd = (function() {

            const RestartCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RestartCmd.prototype.workload = "";

            RestartCmd.create = function(properties) {
                return new RestartCmd(properties);
            };

            RestartCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(10).string(message.workload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RestartCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RestartCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.RestartCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RestartCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RestartCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                return null;
            };

            RestartCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.RestartCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.RestartCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.RestartCmd();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                return message;
            };

            RestartCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.workload = "";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                return object;
            };

            RestartCmd.prototype.toJSON = function() {
                return RestartCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            RestartCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.RestartCmd";
            };

            return RestartCmd;
        })();

        v1.ReloadCmd = (function() {

            const ReloadCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReloadCmd.create = function(properties) {
                return new ReloadCmd(properties);
            };

            ReloadCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReloadCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ReloadCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ReloadCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReloadCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ReloadCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            ReloadCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ReloadCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ReloadCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.mc.v1.ReloadCmd();
            };

            ReloadCmd.toObject = function () {
                return {};
            };

            ReloadCmd.prototype.toJSON = function() {
                return ReloadCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReloadCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ReloadCmd";
            };

            return ReloadCmd;
        })();

        v1.LogsCmd = (function() {

            const LogsCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LogsCmd.prototype.workload = "";
            LogsCmd.prototype.run_id = "";
            LogsCmd.prototype.lines = 0;
            LogsCmd.prototype.follow = false;
            LogsCmd.prototype.follow_seconds = 0;
            LogsCmd.prototype.from_start = false;

            LogsCmd.create = function(properties) {
                return new LogsCmd(properties);
            };

            LogsCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(10).string(message.workload);
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id") && message.run_id !== "")
                    writer.uint32(18).string(message.run_id);
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines") && message.lines !== 0)
                    writer.uint32(24).uint32(message.lines);
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                    writer.uint32(32).bool(message.follow);
                if (message.follow_seconds != null && $Object.hasOwnProperty.call(message, "follow_seconds") && message.follow_seconds !== 0)
                    writer.uint32(40).uint32(message.follow_seconds);
                if (message.from_start != null && $Object.hasOwnProperty.call(message, "from_start") && message.from_start !== false)
                    writer.uint32(48).bool(message.from_start);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LogsCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LogsCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.LogsCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_id = value;
                            else
                                delete message.run_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lines = value;
                            else
                                delete message.lines;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.follow = value;
                            else
                                delete message.follow;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.follow_seconds = value;
                            else
                                delete message.follow_seconds;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.from_start = value;
                            else
                                delete message.from_start;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LogsCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LogsCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    if (!$util.isString(message.run_id))
                        return "run_id: string expected";
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines"))
                    if (!$util.isInteger(message.lines))
                        return "lines: integer expected";
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    if (typeof message.follow !== "boolean")
                        return "follow: boolean expected";
                if (message.follow_seconds != null && $Object.hasOwnProperty.call(message, "follow_seconds"))
                    if (!$util.isInteger(message.follow_seconds))
                        return "follow_seconds: integer expected";
                if (message.from_start != null && $Object.hasOwnProperty.call(message, "from_start"))
                    if (typeof message.from_start !== "boolean")
                        return "from_start: boolean expected";
                return null;
            };

            LogsCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.LogsCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.LogsCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.LogsCmd();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.run_id != null)
                    if (typeof object.run_id !== "string" || object.run_id.length)
                        message.run_id = $String(object.run_id);
                if (object.lines != null)
                    if ($Number(object.lines) !== 0)
                        message.lines = object.lines >>> 0;
                if (object.follow != null)
                    if (object.follow)
                        message.follow = $Boolean(object.follow);
                if (object.follow_seconds != null)
                    if ($Number(object.follow_seconds) !== 0)
                        message.follow_seconds = object.follow_seconds >>> 0;
                if (object.from_start != null)
                    if (object.from_start)
                        message.from_start = $Boolean(object.from_start);
                return message;
            };

            LogsCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.workload = "";
                    object.run_id = "";
                    object.lines = 0;
                    object.follow = false;
                    object.follow_seconds = 0;
                    object.from_start = false;
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    object.run_id = message.run_id;
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines"))
                    object.lines = message.lines;
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    object.follow = message.follow;
                if (message.follow_seconds != null && $Object.hasOwnProperty.call(message, "follow_seconds"))
                    object.follow_seconds = message.follow_seconds;
                if (message.from_start != null && $Object.hasOwnProperty.call(message, "from_start"))
                    object.from_start = message.from_start;
                return object;
            };

            LogsCmd.prototype.toJSON = function() {
                return LogsCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            LogsCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.LogsCmd";
            };

            return LogsCmd;
        })();

        v1.LogsStopCmd = (function() {

            const LogsStopCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LogsStopCmd.prototype.stream_id = "";

            LogsStopCmd.create = function(properties) {
                return new LogsStopCmd(properties);
            };

            LogsStopCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id") && message.stream_id !== "")
                    writer.uint32(10).string(message.stream_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LogsStopCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LogsStopCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.LogsStopCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stream_id = value;
                            else
                                delete message.stream_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LogsStopCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LogsStopCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id"))
                    if (!$util.isString(message.stream_id))
                        return "stream_id: string expected";
                return null;
            };

            LogsStopCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.LogsStopCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.LogsStopCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.LogsStopCmd();
                if (object.stream_id != null)
                    if (typeof object.stream_id !== "string" || object.stream_id.length)
                        message.stream_id = $String(object.stream_id);
                return message;
            };

            LogsStopCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.stream_id = "";
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id"))
                    object.stream_id = message.stream_id;
                return object;
            };

            LogsStopCmd.prototype.toJSON = function() {
                return LogsStopCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            LogsStopCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.LogsStopCmd";
            };

            return LogsStopCmd;
        })();

        v1.StatusCmd = (function() {

            const StatusCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusCmd.prototype.workload = "";
            StatusCmd.prototype.runs = 0;

            StatusCmd.create = function(properties) {
                return new StatusCmd(properties);
            };

            StatusCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(10).string(message.workload);
                if (message.runs != null && $Object.hasOwnProperty.call(message, "runs") && message.runs !== 0)
                    writer.uint32(16).uint32(message.runs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StatusCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.StatusCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.runs = value;
                            else
                                delete message.runs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StatusCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StatusCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                if (message.runs != null && $Object.hasOwnProperty.call(message, "runs"))
                    if (!$util.isInteger(message.runs))
                        return "runs: integer expected";
                return null;
            };

            StatusCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.StatusCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.StatusCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.StatusCmd();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.runs != null)
                    if ($Number(object.runs) !== 0)
                        message.runs = object.runs >>> 0;
                return message;
            };

            StatusCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.workload = "";
                    object.runs = 0;
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.runs != null && $Object.hasOwnProperty.call(message, "runs"))
                    object.runs = message.runs;
                return object;
            };

            StatusCmd.prototype.toJSON = function() {
                return StatusCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.StatusCmd";
            };

            return StatusCmd;
        })();

        v1.ListCmd = (function() {

            const ListCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListCmd.create = function(properties) {
                return new ListCmd(properties);
            };

            ListCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ListCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ListCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ListCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            ListCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ListCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ListCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.mc.v1.ListCmd();
            };

            ListCmd.toObject = function () {
                return {};
            };

            ListCmd.prototype.toJSON = function() {
                return ListCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            ListCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ListCmd";
            };

            return ListCmd;
        })();

        v1.DeviceStatusCmd = (function() {

            const DeviceStatusCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeviceStatusCmd.create = function(properties) {
                return new DeviceStatusCmd(properties);
            };

            DeviceStatusCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DeviceStatusCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DeviceStatusCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.DeviceStatusCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DeviceStatusCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DeviceStatusCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            DeviceStatusCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.DeviceStatusCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.DeviceStatusCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.mc.v1.DeviceStatusCmd();
            };

            DeviceStatusCmd.toObject = function () {
                return {};
            };

            DeviceStatusCmd.prototype.toJSON = function() {
                return DeviceStatusCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            DeviceStatusCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.DeviceStatusCmd";
            };

            return DeviceStatusCmd;
        })();

        v1.ExecCmd = (function() {

            const ExecCmd = function (properties) {
                this.argv = [];
                this.env = {};
                this.mounts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecCmd.prototype.argv = $util.emptyArray;
            ExecCmd.prototype.script = "";
            ExecCmd.prototype.interpreter = "";
            ExecCmd.prototype.timeout_s = 0;
            ExecCmd.prototype.memory_limit_mb = 0;
            ExecCmd.prototype.cpu_nice = 0;
            ExecCmd.prototype.env = $util.emptyObject;
            ExecCmd.prototype.cwd = "";
            ExecCmd.prototype.task_id = "";
            ExecCmd.prototype.attempt = 0;
            ExecCmd.prototype.image = "";
            ExecCmd.prototype.rootfs = "";
            ExecCmd.prototype.cpu_limit = 0;
            ExecCmd.prototype.mounts = $util.emptyArray;

            ExecCmd.create = function(properties) {
                return new ExecCmd(properties);
            };

            ExecCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.argv != null && message.argv.length)
                    for (let i = 0; i < message.argv.length; ++i)
                        writer.uint32(10).string(message.argv[i]);
                if (message.script != null && $Object.hasOwnProperty.call(message, "script") && message.script !== "")
                    writer.uint32(18).string(message.script);
                if (message.interpreter != null && $Object.hasOwnProperty.call(message, "interpreter") && message.interpreter !== "")
                    writer.uint32(26).string(message.interpreter);
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s") && message.timeout_s !== 0)
                    writer.uint32(32).uint32(message.timeout_s);
                if (message.memory_limit_mb != null && $Object.hasOwnProperty.call(message, "memory_limit_mb") && message.memory_limit_mb !== 0)
                    writer.uint32(40).uint32(message.memory_limit_mb);
                if (message.cpu_nice != null && $Object.hasOwnProperty.call(message, "cpu_nice") && message.cpu_nice !== 0)
                    writer.uint32(48).int32(message.cpu_nice);
                if (message.env != null && $Object.hasOwnProperty.call(message, "env"))
                    for (let keys = $Object.keys(message.env), i = 0; i < keys.length; ++i)
                        writer.uint32(58).fork().uint32(10).string(keys[i]).uint32(18).string(message.env[keys[i]]).ldelim();
                if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                    writer.uint32(66).string(message.cwd);
                if (message.task_id != null && $Object.hasOwnProperty.call(message, "task_id") && message.task_id !== "")
                    writer.uint32(74).string(message.task_id);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(80).uint32(message.attempt);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(90).string(message.image);
                if (message.rootfs != null && $Object.hasOwnProperty.call(message, "rootfs") && message.rootfs !== "")
                    writer.uint32(98).string(message.rootfs);
                if (message.cpu_limit != null && $Object.hasOwnProperty.call(message, "cpu_limit") && !$Object.is(message.cpu_limit, 0))
                    writer.uint32(109).float(message.cpu_limit);
                if (message.mounts != null && message.mounts.length)
                    for (let i = 0; i < message.mounts.length; ++i)
                        $root.mc.v1.Mount.encode(message.mounts[i], writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExecCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ExecCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.argv && message.argv.length))
                                message.argv = [];
                            message.argv.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.script = value;
                            else
                                delete message.script;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.interpreter = value;
                            else
                                delete message.interpreter;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeout_s = value;
                            else
                                delete message.timeout_s;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memory_limit_mb = value;
                            else
                                delete message.memory_limit_mb;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.cpu_nice = value;
                            else
                                delete message.cpu_nice;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.env === $util.emptyObject)
                                message.env = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.env, key);
                            message.env[key] = value;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cwd = value;
                            else
                                delete message.cwd;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.task_id = value;
                            else
                                delete message.task_id;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rootfs = value;
                            else
                                delete message.rootfs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.cpu_limit = value;
                            else
                                delete message.cpu_limit;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mounts && message.mounts.length))
                                message.mounts = [];
                            message.mounts.push($root.mc.v1.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExecCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.argv != null && $Object.hasOwnProperty.call(message, "argv")) {
                    if (!$Array.isArray(message.argv))
                        return "argv: array expected";
                    for (let i = 0; i < message.argv.length; ++i)
                        if (!$util.isString(message.argv[i]))
                            return "argv: string[] expected";
                }
                if (message.script != null && $Object.hasOwnProperty.call(message, "script"))
                    if (!$util.isString(message.script))
                        return "script: string expected";
                if (message.interpreter != null && $Object.hasOwnProperty.call(message, "interpreter"))
                    if (!$util.isString(message.interpreter))
                        return "interpreter: string expected";
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    if (!$util.isInteger(message.timeout_s))
                        return "timeout_s: integer expected";
                if (message.memory_limit_mb != null && $Object.hasOwnProperty.call(message, "memory_limit_mb"))
                    if (!$util.isInteger(message.memory_limit_mb))
                        return "memory_limit_mb: integer expected";
                if (message.cpu_nice != null && $Object.hasOwnProperty.call(message, "cpu_nice"))
                    if (!$util.isInteger(message.cpu_nice))
                        return "cpu_nice: integer expected";
                if (message.env != null && $Object.hasOwnProperty.call(message, "env")) {
                    if (!$util.isObject(message.env))
                        return "env: object expected";
                    let key = $Object.keys(message.env);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.env[key[i]]))
                            return "env: string{k:string} expected";
                }
                if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd"))
                    if (!$util.isString(message.cwd))
                        return "cwd: string expected";
                if (message.task_id != null && $Object.hasOwnProperty.call(message, "task_id"))
                    if (!$util.isString(message.task_id))
                        return "task_id: string expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!$util.isString(message.image))
                        return "image: string expected";
                if (message.rootfs != null && $Object.hasOwnProperty.call(message, "rootfs"))
                    if (!$util.isString(message.rootfs))
                        return "rootfs: string expected";
                if (message.cpu_limit != null && $Object.hasOwnProperty.call(message, "cpu_limit"))
                    if (typeof message.cpu_limit !== "number")
                        return "cpu_limit: number expected";
                if (message.mounts != null && $Object.hasOwnProperty.call(message, "mounts")) {
                    if (!$Array.isArray(message.mounts))
                        return "mounts: array expected";
                    for (let i = 0; i < message.mounts.length; ++i) {
                        let error = $root.mc.v1.Mount.verify(message.mounts[i], _depth + 1);
                        if (error)
                            return "mounts." + error;
                    }
                }
                return null;
            };

            ExecCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ExecCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ExecCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.ExecCmd();
                if (object.argv) {
                    if (!$Array.isArray(object.argv))
                        throw $TypeError(".mc.v1.ExecCmd.argv: array expected");
                    message.argv = $Array(object.argv.length);
                    for (let i = 0; i < object.argv.length; ++i)
                        message.argv[i] = $String(object.argv[i]);
                }
                if (object.script != null)
                    if (typeof object.script !== "string" || object.script.length)
                        message.script = $String(object.script);
                if (object.interpreter != null)
                    if (typeof object.interpreter !== "string" || object.interpreter.length)
                        message.interpreter = $String(object.interpreter);
                if (object.timeout_s != null)
                    if ($Number(object.timeout_s) !== 0)
                        message.timeout_s = object.timeout_s >>> 0;
                if (object.memory_limit_mb != null)
                    if ($Number(object.memory_limit_mb) !== 0)
                        message.memory_limit_mb = object.memory_limit_mb >>> 0;
                if (object.cpu_nice != null)
                    if ($Number(object.cpu_nice) !== 0)
                        message.cpu_nice = object.cpu_nice | 0;
                if (object.env) {
                    if (!$util.isObject(object.env))
                        throw $TypeError(".mc.v1.ExecCmd.env: object expected");
                    message.env = {};
                    for (let keys = $Object.keys(object.env), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.env, keys[i]);
                        message.env[keys[i]] = $String(object.env[keys[i]]);
                    }
                }
                if (object.cwd != null)
                    if (typeof object.cwd !== "string" || object.cwd.length)
                        message.cwd = $String(object.cwd);
                if (object.task_id != null)
                    if (typeof object.task_id !== "string" || object.task_id.length)
                        message.task_id = $String(object.task_id);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.image != null)
                    if (typeof object.image !== "string" || object.image.length)
                        message.image = $String(object.image);
                if (object.rootfs != null)
                    if (typeof object.rootfs !== "string" || object.rootfs.length)
                        message.rootfs = $String(object.rootfs);
                if (object.cpu_limit != null)
                    if (!$Object.is($Number(object.cpu_limit), 0))
                        message.cpu_limit = $Number(object.cpu_limit);
                if (object.mounts) {
                    if (!$Array.isArray(object.mounts))
                        throw $TypeError(".mc.v1.ExecCmd.mounts: array expected");
                    message.mounts = $Array(object.mounts.length);
                    for (let i = 0; i < object.mounts.length; ++i) {
                        if (!$util.isObject(object.mounts[i]))
                            throw $TypeError(".mc.v1.ExecCmd.mounts: object expected");
                        message.mounts[i] = $root.mc.v1.Mount.fromObject(object.mounts[i], _depth + 1);
                    }
                }
                return message;
            };

            ExecCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.argv = [];
                    object.mounts = [];
                }
                if (options.objects || options.defaults)
                    object.env = {};
                if (options.defaults) {
                    object.script = "";
                    object.interpreter = "";
                    object.timeout_s = 0;
                    object.memory_limit_mb = 0;
                    object.cpu_nice = 0;
                    object.cwd = "";
                    object.task_id = "";
                    object.attempt = 0;
                    object.image = "";
                    object.rootfs = "";
                    object.cpu_limit = 0;
                }
                if (message.argv && message.argv.length) {
                    object.argv = $Array(message.argv.length);
                    for (let j = 0; j < message.argv.length; ++j)
                        object.argv[j] = message.argv[j];
                }
                if (message.script != null && $Object.hasOwnProperty.call(message, "script"))
                    object.script = message.script;
                if (message.interpreter != null && $Object.hasOwnProperty.call(message, "interpreter"))
                    object.interpreter = message.interpreter;
                if (message.timeout_s != null && $Object.hasOwnProperty.call(message, "timeout_s"))
                    object.timeout_s = message.timeout_s;
                if (message.memory_limit_mb != null && $Object.hasOwnProperty.call(message, "memory_limit_mb"))
                    object.memory_limit_mb = message.memory_limit_mb;
                if (message.cpu_nice != null && $Object.hasOwnProperty.call(message, "cpu_nice"))
                    object.cpu_nice = message.cpu_nice;
                let keys2;
                if (message.env && (keys2 = $Object.keys(message.env)).length) {
                    object.env = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.env, keys2[j]);
                        object.env[keys2[j]] = message.env[keys2[j]];
                    }
                }
                if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd"))
                    object.cwd = message.cwd;
                if (message.task_id != null && $Object.hasOwnProperty.call(message, "task_id"))
                    object.task_id = message.task_id;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = message.image;
                if (message.rootfs != null && $Object.hasOwnProperty.call(message, "rootfs"))
                    object.rootfs = message.rootfs;
                if (message.cpu_limit != null && $Object.hasOwnProperty.call(message, "cpu_limit"))
                    object.cpu_limit = options.json && !$isFinite(message.cpu_limit) ? $String(message.cpu_limit) : message.cpu_limit;
                if (message.mounts && message.mounts.length) {
                    object.mounts = $Array(message.mounts.length);
                    for (let j = 0; j < message.mounts.length; ++j)
                        object.mounts[j] = $root.mc.v1.Mount.toObject(message.mounts[j], options, _depth + 1);
                }
                return object;
            };

            ExecCmd.prototype.toJSON = function() {
                return ExecCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ExecCmd";
            };

            return ExecCmd;
        })();

        v1.Mount = (function() {

            const Mount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Mount.prototype.source = "";
            Mount.prototype.target = "";
            Mount.prototype.read_only = false;

            Mount.create = function(properties) {
                return new Mount(properties);
            };

            Mount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(10).string(message.source);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(18).string(message.target);
                if (message.read_only != null && $Object.hasOwnProperty.call(message, "read_only") && message.read_only !== false)
                    writer.uint32(24).bool(message.read_only);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Mount.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Mount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.Mount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.read_only = value;
                            else
                                delete message.read_only;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Mount.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Mount.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    if (!$util.isString(message.target))
                        return "target: string expected";
                if (message.read_only != null && $Object.hasOwnProperty.call(message, "read_only"))
                    if (typeof message.read_only !== "boolean")
                        return "read_only: boolean expected";
                return null;
            };

            Mount.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.Mount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.Mount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.Mount();
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.target != null)
                    if (typeof object.target !== "string" || object.target.length)
                        message.target = $String(object.target);
                if (object.read_only != null)
                    if (object.read_only)
                        message.read_only = $Boolean(object.read_only);
                return message;
            };

            Mount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.source = "";
                    object.target = "";
                    object.read_only = false;
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.target != null && $Object.hasOwnProperty.call(message, "target"))
                    object.target = message.target;
                if (message.read_only != null && $Object.hasOwnProperty.call(message, "read_only"))
                    object.read_only = message.read_only;
                return object;
            };

            Mount.prototype.toJSON = function() {
                return Mount.toObject(this, $protobuf.util.toJSONOptions);
            };

            Mount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.Mount";
            };

            return Mount;
        })();

        v1.ExecListCmd = (function() {

            const ExecListCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecListCmd.prototype.task_id = "";
            ExecListCmd.prototype.limit = 0;

            ExecListCmd.create = function(properties) {
                return new ExecListCmd(properties);
            };

            ExecListCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.task_id != null && $Object.hasOwnProperty.call(message, "task_id") && message.task_id !== "")
                    writer.uint32(10).string(message.task_id);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecListCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExecListCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ExecListCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.task_id = value;
                            else
                                delete message.task_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecListCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExecListCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.task_id != null && $Object.hasOwnProperty.call(message, "task_id"))
                    if (!$util.isString(message.task_id))
                        return "task_id: string expected";
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit))
                        return "limit: integer expected";
                return null;
            };

            ExecListCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ExecListCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ExecListCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.ExecListCmd();
                if (object.task_id != null)
                    if (typeof object.task_id !== "string" || object.task_id.length)
                        message.task_id = $String(object.task_id);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            ExecListCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.task_id = "";
                    object.limit = 0;
                }
                if (message.task_id != null && $Object.hasOwnProperty.call(message, "task_id"))
                    object.task_id = message.task_id;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            ExecListCmd.prototype.toJSON = function() {
                return ExecListCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecListCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ExecListCmd";
            };

            return ExecListCmd;
        })();

        v1.ExecStatusCmd = (function() {

            const ExecStatusCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecStatusCmd.prototype.run_id = "";

            ExecStatusCmd.create = function(properties) {
                return new ExecStatusCmd(properties);
            };

            ExecStatusCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id") && message.run_id !== "")
                    writer.uint32(10).string(message.run_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecStatusCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExecStatusCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ExecStatusCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_id = value;
                            else
                                delete message.run_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecStatusCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExecStatusCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    if (!$util.isString(message.run_id))
                        return "run_id: string expected";
                return null;
            };

            ExecStatusCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ExecStatusCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ExecStatusCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.ExecStatusCmd();
                if (object.run_id != null)
                    if (typeof object.run_id !== "string" || object.run_id.length)
                        message.run_id = $String(object.run_id);
                return message;
            };

            ExecStatusCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.run_id = "";
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    object.run_id = message.run_id;
                return object;
            };

            ExecStatusCmd.prototype.toJSON = function() {
                return ExecStatusCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecStatusCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ExecStatusCmd";
            };

            return ExecStatusCmd;
        })();

        v1.ExecStopCmd = (function() {

            const ExecStopCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecStopCmd.prototype.run_id = "";

            ExecStopCmd.create = function(properties) {
                return new ExecStopCmd(properties);
            };

            ExecStopCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id") && message.run_id !== "")
                    writer.uint32(10).string(message.run_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecStopCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExecStopCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ExecStopCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_id = value;
                            else
                                delete message.run_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecStopCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExecStopCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    if (!$util.isString(message.run_id))
                        return "run_id: string expected";
                return null;
            };

            ExecStopCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ExecStopCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ExecStopCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.ExecStopCmd();
                if (object.run_id != null)
                    if (typeof object.run_id !== "string" || object.run_id.length)
                        message.run_id = $String(object.run_id);
                return message;
            };

            ExecStopCmd.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.run_id = "";
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    object.run_id = message.run_id;
                return object;
            };

            ExecStopCmd.prototype.toJSON = function() {
                return ExecStopCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecStopCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ExecStopCmd";
            };

            return ExecStopCmd;
        })();

        v1.ShutdownCmd = (function() {

            const ShutdownCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ShutdownCmd.create = function(properties) {
                return new ShutdownCmd(properties);
            };

            ShutdownCmd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ShutdownCmd.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ShutdownCmd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ShutdownCmd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ShutdownCmd.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ShutdownCmd.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            ShutdownCmd.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ShutdownCmd)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ShutdownCmd: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.mc.v1.ShutdownCmd();
            };

            ShutdownCmd.toObject = function () {
                return {};
            };

            ShutdownCmd.prototype.toJSON = function() {
                return ShutdownCmd.toObject(this, $protobuf.util.toJSONOptions);
            };

            ShutdownCmd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ShutdownCmd";
            };

            return ShutdownCmd;
        })();

        v1.Reply = (function() {

            const Reply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Reply.prototype.command_id = "";
            Reply.prototype.ok = false;
            Reply.prototype.error = null;
            Reply.prototype.ts_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Reply.prototype.device = "";
            Reply.prototype.workload = null;
            Reply.prototype.workloads = null;
            Reply.prototype.reload = null;
            Reply.prototype.logs = null;
            Reply.prototype.exec = null;
            Reply.prototype.exec_status = null;
            Reply.prototype.detail = null;
            Reply.prototype.device_status = null;
            Reply.prototype.exec_list = null;

            let $oneOfFields;

            $Object.defineProperty(Reply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["workload", "workloads", "reload", "logs", "exec", "exec_status", "detail", "device_status", "exec_list"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Reply.create = function(properties) {
                return new Reply(properties);
            };

            Reply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.command_id != null && $Object.hasOwnProperty.call(message, "command_id") && message.command_id !== "")
                    writer.uint32(10).string(message.command_id);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(16).bool(message.ok);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.mc.v1.Error.encode(message.error, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms") && (typeof message.ts_ms === "object" ? message.ts_ms.low || message.ts_ms.high : message.ts_ms !== 0))
                    writer.uint32(32).int64(message.ts_ms);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(42).string(message.device);
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    $root.mc.v1.WorkloadState.encode(message.workload, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.workloads != null && $Object.hasOwnProperty.call(message, "workloads"))
                    $root.mc.v1.WorkloadList.encode(message.workloads, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.reload != null && $Object.hasOwnProperty.call(message, "reload"))
                    $root.mc.v1.ReloadResult.encode(message.reload, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs"))
                    $root.mc.v1.LogLines.encode(message.logs, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec"))
                    $root.mc.v1.ExecStarted.encode(message.exec, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.exec_status != null && $Object.hasOwnProperty.call(message, "exec_status"))
                    $root.mc.v1.ExecStatus.encode(message.exec_status, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    $root.mc.v1.WorkloadDetail.encode(message.detail, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.device_status != null && $Object.hasOwnProperty.call(message, "device_status"))
                    $root.mc.v1.DeviceStatus.encode(message.device_status, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.exec_list != null && $Object.hasOwnProperty.call(message, "exec_list"))
                    $root.mc.v1.ExecList.encode(message.exec_list, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Reply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Reply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.Reply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.command_id = value;
                            else
                                delete message.command_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.mc.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts_ms = value;
                            else
                                delete message.ts_ms;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.workload = $root.mc.v1.WorkloadState.decode(reader, reader.size(), $undefined, _depth + 1, message.workload);
                            message.result = "workload";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.workloads = $root.mc.v1.WorkloadList.decode(reader, reader.size(), $undefined, _depth + 1, message.workloads);
                            message.result = "workloads";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.reload = $root.mc.v1.ReloadResult.decode(reader, reader.size(), $undefined, _depth + 1, message.reload);
                            message.result = "reload";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.logs = $root.mc.v1.LogLines.decode(reader, reader.size(), $undefined, _depth + 1, message.logs);
                            message.result = "logs";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.exec = $root.mc.v1.ExecStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.exec);
                            message.result = "exec";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.exec_status = $root.mc.v1.ExecStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.exec_status);
                            message.result = "exec_status";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.detail = $root.mc.v1.WorkloadDetail.decode(reader, reader.size(), $undefined, _depth + 1, message.detail);
                            message.result = "detail";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.device_status = $root.mc.v1.DeviceStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.device_status);
                            message.result = "device_status";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.exec_list = $root.mc.v1.ExecList.decode(reader, reader.size(), $undefined, _depth + 1, message.exec_list);
                            message.result = "exec_list";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Reply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Reply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.command_id != null && $Object.hasOwnProperty.call(message, "command_id"))
                    if (!$util.isString(message.command_id))
                        return "command_id: string expected";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.mc.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (!$util.isInteger(message.ts_ms) && !(message.ts_ms && $util.isInteger(message.ts_ms.low) && $util.isInteger(message.ts_ms.high)))
                        return "ts_ms: integer|Long expected";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload")) {
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.WorkloadState.verify(message.workload, _depth + 1);
                        if (error)
                            return "workload." + error;
                    }
                }
                if (message.workloads != null && $Object.hasOwnProperty.call(message, "workloads")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.WorkloadList.verify(message.workloads, _depth + 1);
                        if (error)
                            return "workloads." + error;
                    }
                }
                if (message.reload != null && $Object.hasOwnProperty.call(message, "reload")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.ReloadResult.verify(message.reload, _depth + 1);
                        if (error)
                            return "reload." + error;
                    }
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.LogLines.verify(message.logs, _depth + 1);
                        if (error)
                            return "logs." + error;
                    }
                }
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.ExecStarted.verify(message.exec, _depth + 1);
                        if (error)
                            return "exec." + error;
                    }
                }
                if (message.exec_status != null && $Object.hasOwnProperty.call(message, "exec_status")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.ExecStatus.verify(message.exec_status, _depth + 1);
                        if (error)
                            return "exec_status." + error;
                    }
                }
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.WorkloadDetail.verify(message.detail, _depth + 1);
                        if (error)
                            return "detail." + error;
                    }
                }
                if (message.device_status != null && $Object.hasOwnProperty.call(message, "device_status")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.DeviceStatus.verify(message.device_status, _depth + 1);
                        if (error)
                            return "device_status." + error;
                    }
                }
                if (message.exec_list != null && $Object.hasOwnProperty.call(message, "exec_list")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.ExecList.verify(message.exec_list, _depth + 1);
                        if (error)
                            return "exec_list." + error;
                    }
                }
                return null;
            };

            Reply.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.Reply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.Reply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.Reply();
                if (object.command_id != null)
                    if (typeof object.command_id !== "string" || object.command_id.length)
                        message.command_id = $String(object.command_id);
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".mc.v1.Reply.error: object expected");
                    message.error = $root.mc.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.ts_ms != null)
                    if (typeof object.ts_ms === "object" ? object.ts_ms.low || object.ts_ms.high : $Number(object.ts_ms) !== 0)
                        if ($util.Long)
                            message.ts_ms = $util.Long.fromValue(object.ts_ms, false);
                        else if (typeof object.ts_ms === "string")
                            message.ts_ms = $parseInt(object.ts_ms, 10);
                        else if (typeof object.ts_ms === "number")
                            message.ts_ms = object.ts_ms;
                        else if (typeof object.ts_ms === "object")
                            message.ts_ms = new $util.LongBits(object.ts_ms.low >>> 0, object.ts_ms.high >>> 0).toNumber();
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.workload != null) {
                    if (!$util.isObject(object.workload))
                        throw $TypeError(".mc.v1.Reply.workload: object expected");
                    message.workload = $root.mc.v1.WorkloadState.fromObject(object.workload, _depth + 1);
                }
                if (object.workloads != null) {
                    if (!$util.isObject(object.workloads))
                        throw $TypeError(".mc.v1.Reply.workloads: object expected");
                    message.workloads = $root.mc.v1.WorkloadList.fromObject(object.workloads, _depth + 1);
                }
                if (object.reload != null) {
                    if (!$util.isObject(object.reload))
                        throw $TypeError(".mc.v1.Reply.reload: object expected");
                    message.reload = $root.mc.v1.ReloadResult.fromObject(object.reload, _depth + 1);
                }
                if (object.logs != null) {
                    if (!$util.isObject(object.logs))
                        throw $TypeError(".mc.v1.Reply.logs: object expected");
                    message.logs = $root.mc.v1.LogLines.fromObject(object.logs, _depth + 1);
                }
                if (object.exec != null) {
                    if (!$util.isObject(object.exec))
                        throw $TypeError(".mc.v1.Reply.exec: object expected");
                    message.exec = $root.mc.v1.ExecStarted.fromObject(object.exec, _depth + 1);
                }
                if (object.exec_status != null) {
                    if (!$util.isObject(object.exec_status))
                        throw $TypeError(".mc.v1.Reply.exec_status: object expected");
                    message.exec_status = $root.mc.v1.ExecStatus.fromObject(object.exec_status, _depth + 1);
                }
                if (object.detail != null) {
                    if (!$util.isObject(object.detail))
                        throw $TypeError(".mc.v1.Reply.detail: object expected");
                    message.detail = $root.mc.v1.WorkloadDetail.fromObject(object.detail, _depth + 1);
                }
                if (object.device_status != null) {
                    if (!$util.isObject(object.device_status))
                        throw $TypeError(".mc.v1.Reply.device_status: object expected");
                    message.device_status = $root.mc.v1.DeviceStatus.fromObject(object.device_status, _depth + 1);
                }
                if (object.exec_list != null) {
                    if (!$util.isObject(object.exec_list))
                        throw $TypeError(".mc.v1.Reply.exec_list: object expected");
                    message.exec_list = $root.mc.v1.ExecList.fromObject(object.exec_list, _depth + 1);
                }
                return message;
            };

            Reply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.command_id = "";
                    object.ok = false;
                    object.error = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ts_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ts_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.device = "";
                }
                if (message.command_id != null && $Object.hasOwnProperty.call(message, "command_id"))
                    object.command_id = message.command_id;
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.mc.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ts_ms = typeof message.ts_ms === "number" ? $BigInt(message.ts_ms) : $util.Long.fromBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.ts_ms === "number")
                        object.ts_ms = options.longs === $String ? $String(message.ts_ms) : message.ts_ms;
                    else
                        object.ts_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.ts_ms) : options.longs === $Number ? new $util.LongBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0).toNumber() : message.ts_ms;
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload")) {
                    object.workload = $root.mc.v1.WorkloadState.toObject(message.workload, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "workload";
                }
                if (message.workloads != null && $Object.hasOwnProperty.call(message, "workloads")) {
                    object.workloads = $root.mc.v1.WorkloadList.toObject(message.workloads, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "workloads";
                }
                if (message.reload != null && $Object.hasOwnProperty.call(message, "reload")) {
                    object.reload = $root.mc.v1.ReloadResult.toObject(message.reload, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "reload";
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    object.logs = $root.mc.v1.LogLines.toObject(message.logs, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "logs";
                }
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec")) {
                    object.exec = $root.mc.v1.ExecStarted.toObject(message.exec, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "exec";
                }
                if (message.exec_status != null && $Object.hasOwnProperty.call(message, "exec_status")) {
                    object.exec_status = $root.mc.v1.ExecStatus.toObject(message.exec_status, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "exec_status";
                }
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail")) {
                    object.detail = $root.mc.v1.WorkloadDetail.toObject(message.detail, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "detail";
                }
                if (message.device_status != null && $Object.hasOwnProperty.call(message, "device_status")) {
                    object.device_status = $root.mc.v1.DeviceStatus.toObject(message.device_status, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "device_status";
                }
                if (message.exec_list != null && $Object.hasOwnProperty.call(message, "exec_list")) {
                    object.exec_list = $root.mc.v1.ExecList.toObject(message.exec_list, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "exec_list";
                }
                return object;
            };

            Reply.prototype.toJSON = function() {
                return Reply.toObject(this, $protobuf.util.toJSONOptions);
            };

            Reply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.Reply";
            };

            return Reply;
        })();

        v1.Error = (function() {

            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Error.prototype.code = "";
            Error.prototype.message = "";

            Error.create = function(properties) {
                return new Error(properties);
            };

            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.Error";
            };

            return Error;
        })();

        v1.WorkloadList = (function() {

            const WorkloadList = function (properties) {
                this.workloads = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkloadList.prototype.workloads = $util.emptyArray;

            WorkloadList.create = function(properties) {
                return new WorkloadList(properties);
            };

            WorkloadList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workloads != null && message.workloads.length)
                    for (let i = 0; i < message.workloads.length; ++i)
                        $root.mc.v1.WorkloadState.encode(message.workloads[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkloadList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            WorkloadList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.WorkloadList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workloads && message.workloads.length))
                                message.workloads = [];
                            message.workloads.push($root.mc.v1.WorkloadState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkloadList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            WorkloadList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workloads != null && $Object.hasOwnProperty.call(message, "workloads")) {
                    if (!$Array.isArray(message.workloads))
                        return "workloads: array expected";
                    for (let i = 0; i < message.workloads.length; ++i) {
                        let error = $root.mc.v1.WorkloadState.verify(message.workloads[i], _depth + 1);
                        if (error)
                            return "workloads." + error;
                    }
                }
                return null;
            };

            WorkloadList.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.WorkloadList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.WorkloadList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.WorkloadList();
                if (object.workloads) {
                    if (!$Array.isArray(object.workloads))
                        throw $TypeError(".mc.v1.WorkloadList.workloads: array expected");
                    message.workloads = $Array(object.workloads.length);
                    for (let i = 0; i < object.workloads.length; ++i) {
                        if (!$util.isObject(object.workloads[i]))
                            throw $TypeError(".mc.v1.WorkloadList.workloads: object expected");
                        message.workloads[i] = $root.mc.v1.WorkloadState.fromObject(object.workloads[i], _depth + 1);
                    }
                }
                return message;
            };

            WorkloadList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.workloads = [];
                if (message.workloads && message.workloads.length) {
                    object.workloads = $Array(message.workloads.length);
                    for (let j = 0; j < message.workloads.length; ++j)
                        object.workloads[j] = $root.mc.v1.WorkloadState.toObject(message.workloads[j], options, _depth + 1);
                }
                return object;
            };

            WorkloadList.prototype.toJSON = function() {
                return WorkloadList.toObject(this, $protobuf.util.toJSONOptions);
            };

            WorkloadList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.WorkloadList";
            };

            return WorkloadList;
        })();

        v1.RunRecord = (function() {

            const RunRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RunRecord.prototype.run_id = "";
            RunRecord.prototype.started_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RunRecord.prototype.ended_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RunRecord.prototype.exit_code = null;
            RunRecord.prototype.signal = "";
            RunRecord.prototype.duration_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RunRecord.prototype.reason = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RunRecord.prototype, "_exit_code", {
                get: $util.oneOfGetter($oneOfFields = ["exit_code"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RunRecord.create = function(properties) {
                return new RunRecord(properties);
            };

            RunRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id") && message.run_id !== "")
                    writer.uint32(10).string(message.run_id);
                if (message.started_ms != null && $Object.hasOwnProperty.call(message, "started_ms") && (typeof message.started_ms === "object" ? message.started_ms.low || message.started_ms.high : message.started_ms !== 0))
                    writer.uint32(16).int64(message.started_ms);
                if (message.ended_ms != null && $Object.hasOwnProperty.call(message, "ended_ms") && (typeof message.ended_ms === "object" ? message.ended_ms.low || message.ended_ms.high : message.ended_ms !== 0))
                    writer.uint32(24).int64(message.ended_ms);
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code"))
                    writer.uint32(32).int32(message.exit_code);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(42).string(message.signal);
                if (message.duration_ms != null && $Object.hasOwnProperty.call(message, "duration_ms") && (typeof message.duration_ms === "object" ? message.duration_ms.low || message.duration_ms.high : message.duration_ms !== 0))
                    writer.uint32(48).uint64(message.duration_ms);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(58).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RunRecord.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RunRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.RunRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_id = value;
                            else
                                delete message.run_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.started_ms = value;
                            else
                                delete message.started_ms;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ended_ms = value;
                            else
                                delete message.ended_ms;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.exit_code = reader.int32();
                            message._exit_code = "exit_code";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signal = value;
                            else
                                delete message.signal;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.duration_ms = value;
                            else
                                delete message.duration_ms;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RunRecord.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RunRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    if (!$util.isString(message.run_id))
                        return "run_id: string expected";
                if (message.started_ms != null && $Object.hasOwnProperty.call(message, "started_ms"))
                    if (!$util.isInteger(message.started_ms) && !(message.started_ms && $util.isInteger(message.started_ms.low) && $util.isInteger(message.started_ms.high)))
                        return "started_ms: integer|Long expected";
                if (message.ended_ms != null && $Object.hasOwnProperty.call(message, "ended_ms"))
                    if (!$util.isInteger(message.ended_ms) && !(message.ended_ms && $util.isInteger(message.ended_ms.low) && $util.isInteger(message.ended_ms.high)))
                        return "ended_ms: integer|Long expected";
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code")) {
                    properties._exit_code = 1;
                    if (!$util.isInteger(message.exit_code))
                        return "exit_code: integer expected";
                }
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    if (!$util.isString(message.signal))
                        return "signal: string expected";
                if (message.duration_ms != null && $Object.hasOwnProperty.call(message, "duration_ms"))
                    if (!$util.isInteger(message.duration_ms) && !(message.duration_ms && $util.isInteger(message.duration_ms.low) && $util.isInteger(message.duration_ms.high)))
                        return "duration_ms: integer|Long expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            RunRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.RunRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.RunRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.RunRecord();
                if (object.run_id != null)
                    if (typeof object.run_id !== "string" || object.run_id.length)
                        message.run_id = $String(object.run_id);
                if (object.started_ms != null)
                    if (typeof object.started_ms === "object" ? object.started_ms.low || object.started_ms.high : $Number(object.started_ms) !== 0)
                        if ($util.Long)
                            message.started_ms = $util.Long.fromValue(object.started_ms, false);
                        else if (typeof object.started_ms === "string")
                            message.started_ms = $parseInt(object.started_ms, 10);
                        else if (typeof object.started_ms === "number")
                            message.started_ms = object.started_ms;
                        else if (typeof object.started_ms === "object")
                            message.started_ms = new $util.LongBits(object.started_ms.low >>> 0, object.started_ms.high >>> 0).toNumber();
                if (object.ended_ms != null)
                    if (typeof object.ended_ms === "object" ? object.ended_ms.low || object.ended_ms.high : $Number(object.ended_ms) !== 0)
                        if ($util.Long)
                            message.ended_ms = $util.Long.fromValue(object.ended_ms, false);
                        else if (typeof object.ended_ms === "string")
                            message.ended_ms = $parseInt(object.ended_ms, 10);
                        else if (typeof object.ended_ms === "number")
                            message.ended_ms = object.ended_ms;
                        else if (typeof object.ended_ms === "object")
                            message.ended_ms = new $util.LongBits(object.ended_ms.low >>> 0, object.ended_ms.high >>> 0).toNumber();
                if (object.exit_code != null)
                    message.exit_code = object.exit_code | 0;
                if (object.signal != null)
                    if (typeof object.signal !== "string" || object.signal.length)
                        message.signal = $String(object.signal);
                if (object.duration_ms != null)
                    if (typeof object.duration_ms === "object" ? object.duration_ms.low || object.duration_ms.high : $Number(object.duration_ms) !== 0)
                        if ($util.Long)
                            message.duration_ms = $util.Long.fromValue(object.duration_ms, true);
                        else if (typeof object.duration_ms === "string")
                            message.duration_ms = $parseInt(object.duration_ms, 10);
                        else if (typeof object.duration_ms === "number")
                            message.duration_ms = object.duration_ms;
                        else if (typeof object.duration_ms === "object")
                            message.duration_ms = new $util.LongBits(object.duration_ms.low >>> 0, object.duration_ms.high >>> 0).toNumber(true);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            RunRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.run_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.started_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.started_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ended_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ended_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.signal = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.duration_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.duration_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                }
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    object.run_id = message.run_id;
                if (message.started_ms != null && $Object.hasOwnProperty.call(message, "started_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.started_ms = typeof message.started_ms === "number" ? $BigInt(message.started_ms) : $util.Long.fromBits(message.started_ms.low >>> 0, message.started_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.started_ms === "number")
                        object.started_ms = options.longs === $String ? $String(message.started_ms) : message.started_ms;
                    else
                        object.started_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.started_ms) : options.longs === $Number ? new $util.LongBits(message.started_ms.low >>> 0, message.started_ms.high >>> 0).toNumber() : message.started_ms;
                if (message.ended_ms != null && $Object.hasOwnProperty.call(message, "ended_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ended_ms = typeof message.ended_ms === "number" ? $BigInt(message.ended_ms) : $util.Long.fromBits(message.ended_ms.low >>> 0, message.ended_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.ended_ms === "number")
                        object.ended_ms = options.longs === $String ? $String(message.ended_ms) : message.ended_ms;
                    else
                        object.ended_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.ended_ms) : options.longs === $Number ? new $util.LongBits(message.ended_ms.low >>> 0, message.ended_ms.high >>> 0).toNumber() : message.ended_ms;
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code"))
                    object.exit_code = message.exit_code;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                if (message.duration_ms != null && $Object.hasOwnProperty.call(message, "duration_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.duration_ms = typeof message.duration_ms === "number" ? $BigInt(message.duration_ms) : $util.Long.fromBits(message.duration_ms.low >>> 0, message.duration_ms.high >>> 0, true).toBigInt();
                    else if (typeof message.duration_ms === "number")
                        object.duration_ms = options.longs === $String ? $String(message.duration_ms) : message.duration_ms;
                    else
                        object.duration_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.duration_ms) : options.longs === $Number ? new $util.LongBits(message.duration_ms.low >>> 0, message.duration_ms.high >>> 0).toNumber(true) : message.duration_ms;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            RunRecord.prototype.toJSON = function() {
                return RunRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            RunRecord.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.RunRecord";
            };

            return RunRecord;
        })();

        v1.WorkloadDetail = (function() {

            const WorkloadDetail = function (properties) {
                this.runs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkloadDetail.prototype.state = null;
            WorkloadDetail.prototype.runs = $util.emptyArray;

            WorkloadDetail.create = function(properties) {
                return new WorkloadDetail(properties);
            };

            WorkloadDetail.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.mc.v1.WorkloadState.encode(message.state, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.runs != null && message.runs.length)
                    for (let i = 0; i < message.runs.length; ++i)
                        $root.mc.v1.RunRecord.encode(message.runs[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkloadDetail.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            WorkloadDetail.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.WorkloadDetail();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.mc.v1.WorkloadState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.runs && message.runs.length))
                                message.runs = [];
                            message.runs.push($root.mc.v1.RunRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkloadDetail.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            WorkloadDetail.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                    let error = $root.mc.v1.WorkloadState.verify(message.state, _depth + 1);
                    if (error)
                        return "state." + error;
                }
                if (message.runs != null && $Object.hasOwnProperty.call(message, "runs")) {
                    if (!$Array.isArray(message.runs))
                        return "runs: array expected";
                    for (let i = 0; i < message.runs.length; ++i) {
                        let error = $root.mc.v1.RunRecord.verify(message.runs[i], _depth + 1);
                        if (error)
                            return "runs." + error;
                    }
                }
                return null;
            };

            WorkloadDetail.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.WorkloadDetail)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.WorkloadDetail: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.WorkloadDetail();
                if (object.state != null) {
                    if (!$util.isObject(object.state))
                        throw $TypeError(".mc.v1.WorkloadDetail.state: object expected");
                    message.state = $root.mc.v1.WorkloadState.fromObject(object.state, _depth + 1);
                }
                if (object.runs) {
                    if (!$Array.isArray(object.runs))
                        throw $TypeError(".mc.v1.WorkloadDetail.runs: array expected");
                    message.runs = $Array(object.runs.length);
                    for (let i = 0; i < object.runs.length; ++i) {
                        if (!$util.isObject(object.runs[i]))
                            throw $TypeError(".mc.v1.WorkloadDetail.runs: object expected");
                        message.runs[i] = $root.mc.v1.RunRecord.fromObject(object.runs[i], _depth + 1);
                    }
                }
                return message;
            };

            WorkloadDetail.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.runs = [];
                if (options.defaults)
                    object.state = null;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = $root.mc.v1.WorkloadState.toObject(message.state, options, _depth + 1);
                if (message.runs && message.runs.length) {
                    object.runs = $Array(message.runs.length);
                    for (let j = 0; j < message.runs.length; ++j)
                        object.runs[j] = $root.mc.v1.RunRecord.toObject(message.runs[j], options, _depth + 1);
                }
                return object;
            };

            WorkloadDetail.prototype.toJSON = function() {
                return WorkloadDetail.toObject(this, $protobuf.util.toJSONOptions);
            };

            WorkloadDetail.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.WorkloadDetail";
            };

            return WorkloadDetail;
        })();

        v1.ReloadResult = (function() {

            const ReloadResult = function (properties) {
                this.added = [];
                this.removed = [];
                this.updated = [];
                this.unchanged = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReloadResult.prototype.added = $util.emptyArray;
            ReloadResult.prototype.removed = $util.emptyArray;
            ReloadResult.prototype.updated = $util.emptyArray;
            ReloadResult.prototype.unchanged = $util.emptyArray;

            ReloadResult.create = function(properties) {
                return new ReloadResult(properties);
            };

            ReloadResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.added != null && message.added.length)
                    for (let i = 0; i < message.added.length; ++i)
                        writer.uint32(10).string(message.added[i]);
                if (message.removed != null && message.removed.length)
                    for (let i = 0; i < message.removed.length; ++i)
                        writer.uint32(18).string(message.removed[i]);
                if (message.updated != null && message.updated.length)
                    for (let i = 0; i < message.updated.length; ++i)
                        writer.uint32(26).string(message.updated[i]);
                if (message.unchanged != null && message.unchanged.length)
                    for (let i = 0; i < message.unchanged.length; ++i)
                        writer.uint32(34).string(message.unchanged[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReloadResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ReloadResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ReloadResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.added && message.added.length))
                                message.added = [];
                            message.added.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.removed && message.removed.length))
                                message.removed = [];
                            message.removed.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.updated && message.updated.length))
                                message.updated = [];
                            message.updated.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.unchanged && message.unchanged.length))
                                message.unchanged = [];
                            message.unchanged.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReloadResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ReloadResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.added != null && $Object.hasOwnProperty.call(message, "added")) {
                    if (!$Array.isArray(message.added))
                        return "added: array expected";
                    for (let i = 0; i < message.added.length; ++i)
                        if (!$util.isString(message.added[i]))
                            return "added: string[] expected";
                }
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed")) {
                    if (!$Array.isArray(message.removed))
                        return "removed: array expected";
                    for (let i = 0; i < message.removed.length; ++i)
                        if (!$util.isString(message.removed[i]))
                            return "removed: string[] expected";
                }
                if (message.updated != null && $Object.hasOwnProperty.call(message, "updated")) {
                    if (!$Array.isArray(message.updated))
                        return "updated: array expected";
                    for (let i = 0; i < message.updated.length; ++i)
                        if (!$util.isString(message.updated[i]))
                            return "updated: string[] expected";
                }
                if (message.unchanged != null && $Object.hasOwnProperty.call(message, "unchanged")) {
                    if (!$Array.isArray(message.unchanged))
                        return "unchanged: array expected";
                    for (let i = 0; i < message.unchanged.length; ++i)
                        if (!$util.isString(message.unchanged[i]))
                            return "unchanged: string[] expected";
                }
                return null;
            };

            ReloadResult.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ReloadResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ReloadResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.ReloadResult();
                if (object.added) {
                    if (!$Array.isArray(object.added))
                        throw $TypeError(".mc.v1.ReloadResult.added: array expected");
                    message.added = $Array(object.added.length);
                    for (let i = 0; i < object.added.length; ++i)
                        message.added[i] = $String(object.added[i]);
                }
                if (object.removed) {
                    if (!$Array.isArray(object.removed))
                        throw $TypeError(".mc.v1.ReloadResult.removed: array expected");
                    message.removed = $Array(object.removed.length);
                    for (let i = 0; i < object.removed.length; ++i)
                        message.removed[i] = $String(object.removed[i]);
                }
                if (object.updated) {
                    if (!$Array.isArray(object.updated))
                        throw $TypeError(".mc.v1.ReloadResult.updated: array expected");
                    message.updated = $Array(object.updated.length);
                    for (let i = 0; i < object.updated.length; ++i)
                        message.updated[i] = $String(object.updated[i]);
                }
                if (object.unchanged) {
                    if (!$Array.isArray(object.unchanged))
                        throw $TypeError(".mc.v1.ReloadResult.unchanged: array expected");
                    message.unchanged = $Array(object.unchanged.length);
                    for (let i = 0; i < object.unchanged.length; ++i)
                        message.unchanged[i] = $String(object.unchanged[i]);
                }
                return message;
            };

            ReloadResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.added = [];
                    object.removed = [];
                    object.updated = [];
                    object.unchanged = [];
                }
                if (message.added && message.added.length) {
                    object.added = $Array(message.added.length);
                    for (let j = 0; j < message.added.length; ++j)
                        object.added[j] = message.added[j];
                }
                if (message.removed && message.removed.length) {
                    object.removed = $Array(message.removed.length);
                    for (let j = 0; j < message.removed.length; ++j)
                        object.removed[j] = message.removed[j];
                }
                if (message.updated && message.updated.length) {
                    object.updated = $Array(message.updated.length);
                    for (let j = 0; j < message.updated.length; ++j)
                        object.updated[j] = message.updated[j];
                }
                if (message.unchanged && message.unchanged.length) {
                    object.unchanged = $Array(message.unchanged.length);
                    for (let j = 0; j < message.unchanged.length; ++j)
                        object.unchanged[j] = message.unchanged[j];
                }
                return object;
            };

            ReloadResult.prototype.toJSON = function() {
                return ReloadResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReloadResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ReloadResult";
            };

            return ReloadResult;
        })();

        v1.LogLines = (function() {

            const LogLines = function (properties) {
                this.lines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LogLines.prototype.workload = "";
            LogLines.prototype.run_id = "";
            LogLines.prototype.lines = $util.emptyArray;
            LogLines.prototype.stream_id = "";

            LogLines.create = function(properties) {
                return new LogLines(properties);
            };

            LogLines.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(10).string(message.workload);
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id") && message.run_id !== "")
                    writer.uint32(18).string(message.run_id);
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        writer.uint32(26).string(message.lines[i]);
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id") && message.stream_id !== "")
                    writer.uint32(34).string(message.stream_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LogLines.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LogLines.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.LogLines();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_id = value;
                            else
                                delete message.run_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stream_id = value;
                            else
                                delete message.stream_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LogLines.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LogLines.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    if (!$util.isString(message.run_id))
                        return "run_id: string expected";
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines")) {
                    if (!$Array.isArray(message.lines))
                        return "lines: array expected";
                    for (let i = 0; i < message.lines.length; ++i)
                        if (!$util.isString(message.lines[i]))
                            return "lines: string[] expected";
                }
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id"))
                    if (!$util.isString(message.stream_id))
                        return "stream_id: string expected";
                return null;
            };

            LogLines.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.LogLines)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.LogLines: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.LogLines();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.run_id != null)
                    if (typeof object.run_id !== "string" || object.run_id.length)
                        message.run_id = $String(object.run_id);
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".mc.v1.LogLines.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i)
                        message.lines[i] = $String(object.lines[i]);
                }
                if (object.stream_id != null)
                    if (typeof object.stream_id !== "string" || object.stream_id.length)
                        message.stream_id = $String(object.stream_id);
                return message;
            };

            LogLines.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults) {
                    object.workload = "";
                    object.run_id = "";
                    object.stream_id = "";
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    object.run_id = message.run_id;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = message.lines[j];
                }
                if (message.stream_id != null && $Object.hasOwnProperty.call(message, "stream_id"))
                    object.stream_id = message.stream_id;
                return object;
            };

            LogLines.prototype.toJSON = function() {
                return LogLines.toObject(this, $protobuf.util.toJSONOptions);
            };

            LogLines.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.LogLines";
            };

            return LogLines;
        })();

        v1.ExecStarted = (function() {

            const ExecStarted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecStarted.prototype.run_id = "";
            ExecStarted.prototype.pid = 0;

            ExecStarted.create = function(properties) {
                return new ExecStarted(properties);
            };

            ExecStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id") && message.run_id !== "")
                    writer.uint32(10).string(message.run_id);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(16).uint32(message.pid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecStarted.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExecStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ExecStarted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_id = value;
                            else
                                delete message.run_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecStarted.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExecStarted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    if (!$util.isString(message.run_id))
                        return "run_id: string expected";
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                return null;
            };

            ExecStarted.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ExecStarted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ExecStarted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.ExecStarted();
                if (object.run_id != null)
                    if (typeof object.run_id !== "string" || object.run_id.length)
                        message.run_id = $String(object.run_id);
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                return message;
            };

            ExecStarted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.run_id = "";
                    object.pid = 0;
                }
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    object.run_id = message.run_id;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                return object;
            };

            ExecStarted.prototype.toJSON = function() {
                return ExecStarted.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecStarted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ExecStarted";
            };

            return ExecStarted;
        })();

        v1.ExecStatus = (function() {

            const ExecStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecStatus.prototype.run_id = "";
            ExecStatus.prototype.state = "";
            ExecStatus.prototype.pid = 0;
            ExecStatus.prototype.started_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ExecStatus.prototype.ended_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ExecStatus.prototype.exit_code = null;
            ExecStatus.prototype.signal = "";
            ExecStatus.prototype.output_tail = "";
            ExecStatus.prototype.task_id = "";
            ExecStatus.prototype.reason = "";
            ExecStatus.prototype.duration_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ExecStatus.prototype.attempt = 0;
            ExecStatus.prototype.message = "";
            ExecStatus.prototype.runtime = "";
            ExecStatus.prototype.command = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ExecStatus.prototype, "_exit_code", {
                get: $util.oneOfGetter($oneOfFields = ["exit_code"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ExecStatus.create = function(properties) {
                return new ExecStatus(properties);
            };

            ExecStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id") && message.run_id !== "")
                    writer.uint32(10).string(message.run_id);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(18).string(message.state);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(24).uint32(message.pid);
                if (message.started_ms != null && $Object.hasOwnProperty.call(message, "started_ms") && (typeof message.started_ms === "object" ? message.started_ms.low || message.started_ms.high : message.started_ms !== 0))
                    writer.uint32(32).int64(message.started_ms);
                if (message.ended_ms != null && $Object.hasOwnProperty.call(message, "ended_ms") && (typeof message.ended_ms === "object" ? message.ended_ms.low || message.ended_ms.high : message.ended_ms !== 0))
                    writer.uint32(40).int64(message.ended_ms);
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code"))
                    writer.uint32(48).int32(message.exit_code);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(58).string(message.signal);
                if (message.output_tail != null && $Object.hasOwnProperty.call(message, "output_tail") && message.output_tail !== "")
                    writer.uint32(66).string(message.output_tail);
                if (message.task_id != null && $Object.hasOwnProperty.call(message, "task_id") && message.task_id !== "")
                    writer.uint32(74).string(message.task_id);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(82).string(message.reason);
                if (message.duration_ms != null && $Object.hasOwnProperty.call(message, "duration_ms") && (typeof message.duration_ms === "object" ? message.duration_ms.low || message.duration_ms.high : message.duration_ms !== 0))
                    writer.uint32(88).uint64(message.duration_ms);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(96).uint32(message.attempt);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(106).string(message.message);
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime") && message.runtime !== "")
                    writer.uint32(114).string(message.runtime);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                    writer.uint32(122).string(message.command);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExecStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ExecStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.run_id = value;
                            else
                                delete message.run_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.started_ms = value;
                            else
                                delete message.started_ms;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ended_ms = value;
                            else
                                delete message.ended_ms;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.exit_code = reader.int32();
                            message._exit_code = "exit_code";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signal = value;
                            else
                                delete message.signal;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.output_tail = value;
                            else
                                delete message.output_tail;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.task_id = value;
                            else
                                delete message.task_id;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.duration_ms = value;
                            else
                                delete message.duration_ms;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runtime = value;
                            else
                                delete message.runtime;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.command = value;
                            else
                                delete message.command;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExecStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    if (!$util.isString(message.run_id))
                        return "run_id: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.started_ms != null && $Object.hasOwnProperty.call(message, "started_ms"))
                    if (!$util.isInteger(message.started_ms) && !(message.started_ms && $util.isInteger(message.started_ms.low) && $util.isInteger(message.started_ms.high)))
                        return "started_ms: integer|Long expected";
                if (message.ended_ms != null && $Object.hasOwnProperty.call(message, "ended_ms"))
                    if (!$util.isInteger(message.ended_ms) && !(message.ended_ms && $util.isInteger(message.ended_ms.low) && $util.isInteger(message.ended_ms.high)))
                        return "ended_ms: integer|Long expected";
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code")) {
                    properties._exit_code = 1;
                    if (!$util.isInteger(message.exit_code))
                        return "exit_code: integer expected";
                }
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    if (!$util.isString(message.signal))
                        return "signal: string expected";
                if (message.output_tail != null && $Object.hasOwnProperty.call(message, "output_tail"))
                    if (!$util.isString(message.output_tail))
                        return "output_tail: string expected";
                if (message.task_id != null && $Object.hasOwnProperty.call(message, "task_id"))
                    if (!$util.isString(message.task_id))
                        return "task_id: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.duration_ms != null && $Object.hasOwnProperty.call(message, "duration_ms"))
                    if (!$util.isInteger(message.duration_ms) && !(message.duration_ms && $util.isInteger(message.duration_ms.low) && $util.isInteger(message.duration_ms.high)))
                        return "duration_ms: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime"))
                    if (!$util.isString(message.runtime))
                        return "runtime: string expected";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    if (!$util.isString(message.command))
                        return "command: string expected";
                return null;
            };

            ExecStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ExecStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ExecStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.ExecStatus();
                if (object.run_id != null)
                    if (typeof object.run_id !== "string" || object.run_id.length)
                        message.run_id = $String(object.run_id);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.started_ms != null)
                    if (typeof object.started_ms === "object" ? object.started_ms.low || object.started_ms.high : $Number(object.started_ms) !== 0)
                        if ($util.Long)
                            message.started_ms = $util.Long.fromValue(object.started_ms, false);
                        else if (typeof object.started_ms === "string")
                            message.started_ms = $parseInt(object.started_ms, 10);
                        else if (typeof object.started_ms === "number")
                            message.started_ms = object.started_ms;
                        else if (typeof object.started_ms === "object")
                            message.started_ms = new $util.LongBits(object.started_ms.low >>> 0, object.started_ms.high >>> 0).toNumber();
                if (object.ended_ms != null)
                    if (typeof object.ended_ms === "object" ? object.ended_ms.low || object.ended_ms.high : $Number(object.ended_ms) !== 0)
                        if ($util.Long)
                            message.ended_ms = $util.Long.fromValue(object.ended_ms, false);
                        else if (typeof object.ended_ms === "string")
                            message.ended_ms = $parseInt(object.ended_ms, 10);
                        else if (typeof object.ended_ms === "number")
                            message.ended_ms = object.ended_ms;
                        else if (typeof object.ended_ms === "object")
                            message.ended_ms = new $util.LongBits(object.ended_ms.low >>> 0, object.ended_ms.high >>> 0).toNumber();
                if (object.exit_code != null)
                    message.exit_code = object.exit_code | 0;
                if (object.signal != null)
                    if (typeof object.signal !== "string" || object.signal.length)
                        message.signal = $String(object.signal);
                if (object.output_tail != null)
                    if (typeof object.output_tail !== "string" || object.output_tail.length)
                        message.output_tail = $String(object.output_tail);
                if (object.task_id != null)
                    if (typeof object.task_id !== "string" || object.task_id.length)
                        message.task_id = $String(object.task_id);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.duration_ms != null)
                    if (typeof object.duration_ms === "object" ? object.duration_ms.low || object.duration_ms.high : $Number(object.duration_ms) !== 0)
                        if ($util.Long)
                            message.duration_ms = $util.Long.fromValue(object.duration_ms, true);
                        else if (typeof object.duration_ms === "string")
                            message.duration_ms = $parseInt(object.duration_ms, 10);
                        else if (typeof object.duration_ms === "number")
                            message.duration_ms = object.duration_ms;
                        else if (typeof object.duration_ms === "object")
                            message.duration_ms = new $util.LongBits(object.duration_ms.low >>> 0, object.duration_ms.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.runtime != null)
                    if (typeof object.runtime !== "string" || object.runtime.length)
                        message.runtime = $String(object.runtime);
                if (object.command != null)
                    if (typeof object.command !== "string" || object.command.length)
                        message.command = $String(object.command);
                return message;
            };

            ExecStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.run_id = "";
                    object.state = "";
                    object.pid = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.started_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.started_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ended_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ended_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.signal = "";
                    object.output_tail = "";
                    object.task_id = "";
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.duration_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.duration_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.message = "";
                    object.runtime = "";
                    object.command = "";
                }
                if (message.run_id != null && $Object.hasOwnProperty.call(message, "run_id"))
                    object.run_id = message.run_id;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.started_ms != null && $Object.hasOwnProperty.call(message, "started_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.started_ms = typeof message.started_ms === "number" ? $BigInt(message.started_ms) : $util.Long.fromBits(message.started_ms.low >>> 0, message.started_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.started_ms === "number")
                        object.started_ms = options.longs === $String ? $String(message.started_ms) : message.started_ms;
                    else
                        object.started_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.started_ms) : options.longs === $Number ? new $util.LongBits(message.started_ms.low >>> 0, message.started_ms.high >>> 0).toNumber() : message.started_ms;
                if (message.ended_ms != null && $Object.hasOwnProperty.call(message, "ended_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ended_ms = typeof message.ended_ms === "number" ? $BigInt(message.ended_ms) : $util.Long.fromBits(message.ended_ms.low >>> 0, message.ended_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.ended_ms === "number")
                        object.ended_ms = options.longs === $String ? $String(message.ended_ms) : message.ended_ms;
                    else
                        object.ended_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.ended_ms) : options.longs === $Number ? new $util.LongBits(message.ended_ms.low >>> 0, message.ended_ms.high >>> 0).toNumber() : message.ended_ms;
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code"))
                    object.exit_code = message.exit_code;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                if (message.output_tail != null && $Object.hasOwnProperty.call(message, "output_tail"))
                    object.output_tail = message.output_tail;
                if (message.task_id != null && $Object.hasOwnProperty.call(message, "task_id"))
                    object.task_id = message.task_id;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.duration_ms != null && $Object.hasOwnProperty.call(message, "duration_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.duration_ms = typeof message.duration_ms === "number" ? $BigInt(message.duration_ms) : $util.Long.fromBits(message.duration_ms.low >>> 0, message.duration_ms.high >>> 0, true).toBigInt();
                    else if (typeof message.duration_ms === "number")
                        object.duration_ms = options.longs === $String ? $String(message.duration_ms) : message.duration_ms;
                    else
                        object.duration_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.duration_ms) : options.longs === $Number ? new $util.LongBits(message.duration_ms.low >>> 0, message.duration_ms.high >>> 0).toNumber(true) : message.duration_ms;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime"))
                    object.runtime = message.runtime;
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = message.command;
                return object;
            };

            ExecStatus.prototype.toJSON = function() {
                return ExecStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ExecStatus";
            };

            return ExecStatus;
        })();

        v1.ExecList = (function() {

            const ExecList = function (properties) {
                this.runs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecList.prototype.runs = $util.emptyArray;

            ExecList.create = function(properties) {
                return new ExecList(properties);
            };

            ExecList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runs != null && message.runs.length)
                    for (let i = 0; i < message.runs.length; ++i)
                        $root.mc.v1.ExecStatus.encode(message.runs[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ExecList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ExecList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ExecList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.runs && message.runs.length))
                                message.runs = [];
                            message.runs.push($root.mc.v1.ExecStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ExecList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ExecList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runs != null && $Object.hasOwnProperty.call(message, "runs")) {
                    if (!$Array.isArray(message.runs))
                        return "runs: array expected";
                    for (let i = 0; i < message.runs.length; ++i) {
                        let error = $root.mc.v1.ExecStatus.verify(message.runs[i], _depth + 1);
                        if (error)
                            return "runs." + error;
                    }
                }
                return null;
            };

            ExecList.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ExecList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ExecList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.ExecList();
                if (object.runs) {
                    if (!$Array.isArray(object.runs))
                        throw $TypeError(".mc.v1.ExecList.runs: array expected");
                    message.runs = $Array(object.runs.length);
                    for (let i = 0; i < object.runs.length; ++i) {
                        if (!$util.isObject(object.runs[i]))
                            throw $TypeError(".mc.v1.ExecList.runs: object expected");
                        message.runs[i] = $root.mc.v1.ExecStatus.fromObject(object.runs[i], _depth + 1);
                    }
                }
                return message;
            };

            ExecList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.runs = [];
                if (message.runs && message.runs.length) {
                    object.runs = $Array(message.runs.length);
                    for (let j = 0; j < message.runs.length; ++j)
                        object.runs[j] = $root.mc.v1.ExecStatus.toObject(message.runs[j], options, _depth + 1);
                }
                return object;
            };

            ExecList.prototype.toJSON = function() {
                return ExecList.toObject(this, $protobuf.util.toJSONOptions);
            };

            ExecList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ExecList";
            };

            return ExecList;
        })();

        v1.DesiredState = (function() {

            const DesiredState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DesiredState.prototype.release = "";
            DesiredState.prototype.sha256 = "";
            DesiredState.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DesiredState.prototype.deployment_id = "";
            DesiredState.prototype.ts_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            DesiredState.create = function(properties) {
                return new DesiredState(properties);
            };

            DesiredState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.release != null && $Object.hasOwnProperty.call(message, "release") && message.release !== "")
                    writer.uint32(10).string(message.release);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(18).string(message.sha256);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(24).uint64(message.generation);
                if (message.deployment_id != null && $Object.hasOwnProperty.call(message, "deployment_id") && message.deployment_id !== "")
                    writer.uint32(34).string(message.deployment_id);
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms") && (typeof message.ts_ms === "object" ? message.ts_ms.low || message.ts_ms.high : message.ts_ms !== 0))
                    writer.uint32(40).int64(message.ts_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DesiredState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DesiredState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.DesiredState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.release = value;
                            else
                                delete message.release;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deployment_id = value;
                            else
                                delete message.deployment_id;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ts_ms = value;
                            else
                                delete message.ts_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DesiredState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DesiredState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    if (!$util.isString(message.release))
                        return "release: string expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                        return "generation: integer|Long expected";
                if (message.deployment_id != null && $Object.hasOwnProperty.call(message, "deployment_id"))
                    if (!$util.isString(message.deployment_id))
                        return "deployment_id: string expected";
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (!$util.isInteger(message.ts_ms) && !(message.ts_ms && $util.isInteger(message.ts_ms.low) && $util.isInteger(message.ts_ms.high)))
                        return "ts_ms: integer|Long expected";
                return null;
            };

            DesiredState.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.DesiredState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.DesiredState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.DesiredState();
                if (object.release != null)
                    if (typeof object.release !== "string" || object.release.length)
                        message.release = $String(object.release);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.generation != null)
                    if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                        if ($util.Long)
                            message.generation = $util.Long.fromValue(object.generation, true);
                        else if (typeof object.generation === "string")
                            message.generation = $parseInt(object.generation, 10);
                        else if (typeof object.generation === "number")
                            message.generation = object.generation;
                        else if (typeof object.generation === "object")
                            message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber(true);
                if (object.deployment_id != null)
                    if (typeof object.deployment_id !== "string" || object.deployment_id.length)
                        message.deployment_id = $String(object.deployment_id);
                if (object.ts_ms != null)
                    if (typeof object.ts_ms === "object" ? object.ts_ms.low || object.ts_ms.high : $Number(object.ts_ms) !== 0)
                        if ($util.Long)
                            message.ts_ms = $util.Long.fromValue(object.ts_ms, false);
                        else if (typeof object.ts_ms === "string")
                            message.ts_ms = $parseInt(object.ts_ms, 10);
                        else if (typeof object.ts_ms === "number")
                            message.ts_ms = object.ts_ms;
                        else if (typeof object.ts_ms === "object")
                            message.ts_ms = new $util.LongBits(object.ts_ms.low >>> 0, object.ts_ms.high >>> 0).toNumber();
                return message;
            };

            DesiredState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.release = "";
                    object.sha256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.deployment_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ts_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ts_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    object.release = message.release;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, true).toBigInt();
                    else if (typeof message.generation === "number")
                        object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                    else
                        object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber(true) : message.generation;
                if (message.deployment_id != null && $Object.hasOwnProperty.call(message, "deployment_id"))
                    object.deployment_id = message.deployment_id;
                if (message.ts_ms != null && $Object.hasOwnProperty.call(message, "ts_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ts_ms = typeof message.ts_ms === "number" ? $BigInt(message.ts_ms) : $util.Long.fromBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.ts_ms === "number")
                        object.ts_ms = options.longs === $String ? $String(message.ts_ms) : message.ts_ms;
                    else
                        object.ts_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.ts_ms) : options.longs === $Number ? new $util.LongBits(message.ts_ms.low >>> 0, message.ts_ms.high >>> 0).toNumber() : message.ts_ms;
                return object;
            };

            DesiredState.prototype.toJSON = function() {
                return DesiredState.toObject(this, $protobuf.util.toJSONOptions);
            };

            DesiredState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.DesiredState";
            };

            return DesiredState;
        })();

        v1.ReleaseFile = (function() {

            const ReleaseFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReleaseFile.prototype.path = "";
            ReleaseFile.prototype.content = $util.newBuffer([]);
            ReleaseFile.prototype.mode = 0;

            ReleaseFile.create = function(properties) {
                return new ReleaseFile(properties);
            };

            ReleaseFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(10).string(message.path);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content.length)
                    writer.uint32(18).bytes(message.content);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(24).uint32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReleaseFile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ReleaseFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.ReleaseFile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.content = value;
                            else
                                delete message.content;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ReleaseFile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ReleaseFile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    if (!(message.content && typeof message.content.length === "number" || $util.isString(message.content)))
                        return "content: buffer expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (!$util.isInteger(message.mode))
                        return "mode: integer expected";
                return null;
            };

            ReleaseFile.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.ReleaseFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.ReleaseFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.ReleaseFile();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.content != null)
                    if (object.content.length)
                        if (typeof object.content === "string")
                            $util.base64.decode(object.content, message.content = $util.newBuffer($util.base64.length(object.content)), 0);
                        else if (object.content.length >= 0)
                            message.content = object.content;
                if (object.mode != null)
                    if ($Number(object.mode) !== 0)
                        message.mode = object.mode >>> 0;
                return message;
            };

            ReleaseFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    if (options.bytes === $String)
                        object.content = "";
                    else {
                        object.content = [];
                        if (options.bytes !== $Array)
                            object.content = $util.newBuffer(object.content);
                    }
                    object.mode = 0;
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = options.bytes === $String ? $util.base64.encode(message.content, 0, message.content.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.content) : message.content;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                return object;
            };

            ReleaseFile.prototype.toJSON = function() {
                return ReleaseFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReleaseFile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.ReleaseFile";
            };

            return ReleaseFile;
        })();

        v1.Release = (function() {

            const Release = function (properties) {
                this.files = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Release.prototype.version = "";
            Release.prototype.sha256 = "";
            Release.prototype.files = $util.emptyArray;
            Release.prototype.created_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Release.prototype.notes = "";
            Release.prototype.size_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Release.create = function(properties) {
                return new Release(properties);
            };

            Release.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(10).string(message.version);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(18).string(message.sha256);
                if (message.files != null && message.files.length)
                    for (let i = 0; i < message.files.length; ++i)
                        $root.mc.v1.ReleaseFile.encode(message.files[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.created_ms != null && $Object.hasOwnProperty.call(message, "created_ms") && (typeof message.created_ms === "object" ? message.created_ms.low || message.created_ms.high : message.created_ms !== 0))
                    writer.uint32(32).int64(message.created_ms);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes") && message.notes !== "")
                    writer.uint32(42).string(message.notes);
                if (message.size_bytes != null && $Object.hasOwnProperty.call(message, "size_bytes") && (typeof message.size_bytes === "object" ? message.size_bytes.low || message.size_bytes.high : message.size_bytes !== 0))
                    writer.uint32(48).uint64(message.size_bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Release.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Release.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mc.v1.Release();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.files && message.files.length))
                                message.files = [];
                            message.files.push($root.mc.v1.ReleaseFile.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.created_ms = value;
                            else
                                delete message.created_ms;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.notes = value;
                            else
                                delete message.notes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size_bytes = value;
                            else
                                delete message.size_bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Release.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Release.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                if (message.files != null && $Object.hasOwnProperty.call(message, "files")) {
                    if (!$Array.isArray(message.files))
                        return "files: array expected";
                    for (let i = 0; i < message.files.length; ++i) {
                        let error = $root.mc.v1.ReleaseFile.verify(message.files[i], _depth + 1);
                        if (error)
                            return "files." + error;
                    }
                }
                if (message.created_ms != null && $Object.hasOwnProperty.call(message, "created_ms"))
                    if (!$util.isInteger(message.created_ms) && !(message.created_ms && $util.isInteger(message.created_ms.low) && $util.isInteger(message.created_ms.high)))
                        return "created_ms: integer|Long expected";
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                if (message.size_bytes != null && $Object.hasOwnProperty.call(message, "size_bytes"))
                    if (!$util.isInteger(message.size_bytes) && !(message.size_bytes && $util.isInteger(message.size_bytes.low) && $util.isInteger(message.size_bytes.high)))
                        return "size_bytes: integer|Long expected";
                return null;
            };

            Release.fromObject = function (object, _depth) {
                if (object instanceof $root.mc.v1.Release)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".mc.v1.Release: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.mc.v1.Release();
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                if (object.files) {
                    if (!$Array.isArray(object.files))
                        throw $TypeError(".mc.v1.Release.files: array expected");
                    message.files = $Array(object.files.length);
                    for (let i = 0; i < object.files.length; ++i) {
                        if (!$util.isObject(object.files[i]))
                            throw $TypeError(".mc.v1.Release.files: object expected");
                        message.files[i] = $root.mc.v1.ReleaseFile.fromObject(object.files[i], _depth + 1);
                    }
                }
                if (object.created_ms != null)
                    if (typeof object.created_ms === "object" ? object.created_ms.low || object.created_ms.high : $Number(object.created_ms) !== 0)
                        if ($util.Long)
                            message.created_ms = $util.Long.fromValue(object.created_ms, false);
                        else if (typeof object.created_ms === "string")
                            message.created_ms = $parseInt(object.created_ms, 10);
                        else if (typeof object.created_ms === "number")
                            message.created_ms = object.created_ms;
                        else if (typeof object.created_ms === "object")
                            message.created_ms = new $util.LongBits(object.created_ms.low >>> 0, object.created_ms.high >>> 0).toNumber();
                if (object.notes != null)
                    if (typeof object.notes !== "string" || object.notes.length)
                        message.notes = $String(object.notes);
                if (object.size_bytes != null)
                    if (typeof object.size_bytes === "object" ? object.size_bytes.low || object.size_bytes.high : $Number(object.size_bytes) !== 0)
                        if ($util.Long)
                            message.size_bytes = $util.Long.fromValue(object.size_bytes, true);
                        else if (typeof object.size_bytes === "string")
                            message.size_bytes = $parseInt(object.size_bytes, 10);
                        else if (typeof object.size_bytes === "number")
                            message.size_bytes = object.size_bytes;
                        else if (typeof object.size_bytes === "object")
                            message.size_bytes = new $util.LongBits(object.size_bytes.low >>> 0, object.size_bytes.high >>> 0).toNumber(true);
                return message;
            };

            Release.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.files = [];
                if (options.defaults) {
                    object.version = "";
                    object.sha256 = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.created_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.created_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.notes = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.size_bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size_bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                if (message.files && message.files.length) {
                    object.files = $Array(message.files.length);
                    for (let j = 0; j < message.files.length; ++j)
                        object.files[j] = $root.mc.v1.ReleaseFile.toObject(message.files[j], options, _depth + 1);
                }
                if (message.created_ms != null && $Object.hasOwnProperty.call(message, "created_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.created_ms = typeof message.created_ms === "number" ? $BigInt(message.created_ms) : $util.Long.fromBits(message.created_ms.low >>> 0, message.created_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.created_ms === "number")
                        object.created_ms = options.longs === $String ? $String(message.created_ms) : message.created_ms;
                    else
                        object.created_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.created_ms) : options.longs === $Number ? new $util.LongBits(message.created_ms.low >>> 0, message.created_ms.high >>> 0).toNumber() : message.created_ms;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                if (message.size_bytes != null && $Object.hasOwnProperty.call(message, "size_bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size_bytes = typeof message.size_bytes === "number" ? $BigInt(message.size_bytes) : $util.Long.fromBits(message.size_bytes.low >>> 0, message.size_bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.size_bytes === "number")
                        object.size_bytes = options.longs === $String ? $String(message.size_bytes) : message.size_bytes;
                    else
                        object.size_bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.size_bytes) : options.longs === $Number ? new $util.LongBits(message.size_bytes.low >>> 0, message.size_bytes.high >>> 0).toNumber(true) : message.size_bytes;
                return object;
            };

            Release.prototype.toJSON = function() {
                return Release.toObject(this, $protobuf.util.toJSONOptions);
            };

            Release.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mc.v1.Release";
            };

            return Release;
        })();

        return v1;
    })();

    return mc;
})();

export {
  $root as default
};
