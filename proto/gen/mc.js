// GENERATED from proto/mc.proto by proto/generate.js: do not edit.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Array = $util.global.Array;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const mc = $root.mc = (() => {

    const mc = {};

    mc.v1 = (function() {

        const v1 = {};

        v1.Presence = (function() {

            const Presence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Presence.prototype.online = false;
            Presence.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Presence.prototype.bootId = "";
            Presence.prototype.daemonVersion = "";
            Presence.prototype.release = "";
            Presence.prototype.hostname = "";
            Presence.prototype.reason = "";

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
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs") && (typeof message.sinceMs === "object" ? message.sinceMs.low || message.sinceMs.high : message.sinceMs !== 0))
                    writer.uint32(16).int64(message.sinceMs);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(26).string(message.bootId);
                if (message.daemonVersion != null && $Object.hasOwnProperty.call(message, "daemonVersion") && message.daemonVersion !== "")
                    writer.uint32(34).string(message.daemonVersion);
                if (message.release != null && $Object.hasOwnProperty.call(message, "release") && message.release !== "")
                    writer.uint32(42).string(message.release);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(50).string(message.hostname);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(58).string(message.reason);
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
                                message.sinceMs = value;
                            else
                                delete message.sinceMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.daemonVersion = value;
                            else
                                delete message.daemonVersion;
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
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    if (!$util.isInteger(message.sinceMs) && !(message.sinceMs && $util.isInteger(message.sinceMs.low) && $util.isInteger(message.sinceMs.high)))
                        return "sinceMs: integer|Long expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isString(message.bootId))
                        return "bootId: string expected";
                if (message.daemonVersion != null && $Object.hasOwnProperty.call(message, "daemonVersion"))
                    if (!$util.isString(message.daemonVersion))
                        return "daemonVersion: string expected";
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    if (!$util.isString(message.release))
                        return "release: string expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
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
                if (object.sinceMs != null)
                    if (typeof object.sinceMs === "object" ? object.sinceMs.low || object.sinceMs.high : $Number(object.sinceMs) !== 0)
                        if ($util.Long)
                            message.sinceMs = $util.Long.fromValue(object.sinceMs, false);
                        else if (typeof object.sinceMs === "string")
                            message.sinceMs = $parseInt(object.sinceMs, 10);
                        else if (typeof object.sinceMs === "number")
                            message.sinceMs = object.sinceMs;
                        else if (typeof object.sinceMs === "object")
                            message.sinceMs = new $util.LongBits(object.sinceMs.low >>> 0, object.sinceMs.high >>> 0).toNumber();
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
                if (object.daemonVersion != null)
                    if (typeof object.daemonVersion !== "string" || object.daemonVersion.length)
                        message.daemonVersion = $String(object.daemonVersion);
                if (object.release != null)
                    if (typeof object.release !== "string" || object.release.length)
                        message.release = $String(object.release);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
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
                if (options.defaults) {
                    object.online = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.bootId = "";
                    object.daemonVersion = "";
                    object.release = "";
                    object.hostname = "";
                    object.reason = "";
                }
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    object.online = message.online;
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceMs = typeof message.sinceMs === "number" ? $BigInt(message.sinceMs) : $util.Long.fromBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sinceMs === "number")
                        object.sinceMs = options.longs === $String ? $String(message.sinceMs) : message.sinceMs;
                    else
                        object.sinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceMs) : options.longs === $Number ? new $util.LongBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0).toNumber() : message.sinceMs;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.daemonVersion != null && $Object.hasOwnProperty.call(message, "daemonVersion"))
                    object.daemonVersion = message.daemonVersion;
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    object.release = message.release;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
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

            SystemMetrics.prototype.cpuPercent = 0;
            SystemMetrics.prototype.memUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.memTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.diskUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.diskTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.load1 = 0;
            SystemMetrics.prototype.load5 = 0;
            SystemMetrics.prototype.load15 = 0;
            SystemMetrics.prototype.uptimeS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SystemMetrics.prototype.daemonRssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent") && !$Object.is(message.cpuPercent, 0))
                    writer.uint32(13).float(message.cpuPercent);
                if (message.memUsedBytes != null && $Object.hasOwnProperty.call(message, "memUsedBytes") && (typeof message.memUsedBytes === "object" ? message.memUsedBytes.low || message.memUsedBytes.high : message.memUsedBytes !== 0))
                    writer.uint32(16).uint64(message.memUsedBytes);
                if (message.memTotalBytes != null && $Object.hasOwnProperty.call(message, "memTotalBytes") && (typeof message.memTotalBytes === "object" ? message.memTotalBytes.low || message.memTotalBytes.high : message.memTotalBytes !== 0))
                    writer.uint32(24).uint64(message.memTotalBytes);
                if (message.diskUsedBytes != null && $Object.hasOwnProperty.call(message, "diskUsedBytes") && (typeof message.diskUsedBytes === "object" ? message.diskUsedBytes.low || message.diskUsedBytes.high : message.diskUsedBytes !== 0))
                    writer.uint32(32).uint64(message.diskUsedBytes);
                if (message.diskTotalBytes != null && $Object.hasOwnProperty.call(message, "diskTotalBytes") && (typeof message.diskTotalBytes === "object" ? message.diskTotalBytes.low || message.diskTotalBytes.high : message.diskTotalBytes !== 0))
                    writer.uint32(40).uint64(message.diskTotalBytes);
                if (message.load1 != null && $Object.hasOwnProperty.call(message, "load1") && !$Object.is(message.load1, 0))
                    writer.uint32(53).float(message.load1);
                if (message.load5 != null && $Object.hasOwnProperty.call(message, "load5") && !$Object.is(message.load5, 0))
                    writer.uint32(61).float(message.load5);
                if (message.load15 != null && $Object.hasOwnProperty.call(message, "load15") && !$Object.is(message.load15, 0))
                    writer.uint32(69).float(message.load15);
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && (typeof message.uptimeS === "object" ? message.uptimeS.low || message.uptimeS.high : message.uptimeS !== 0))
                    writer.uint32(72).uint64(message.uptimeS);
                if (message.daemonRssBytes != null && $Object.hasOwnProperty.call(message, "daemonRssBytes") && (typeof message.daemonRssBytes === "object" ? message.daemonRssBytes.low || message.daemonRssBytes.high : message.daemonRssBytes !== 0))
                    writer.uint32(80).uint64(message.daemonRssBytes);
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
                                message.cpuPercent = value;
                            else
                                delete message.cpuPercent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memUsedBytes = value;
                            else
                                delete message.memUsedBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memTotalBytes = value;
                            else
                                delete message.memTotalBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskUsedBytes = value;
                            else
                                delete message.diskUsedBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskTotalBytes = value;
                            else
                                delete message.diskTotalBytes;
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
                                message.uptimeS = value;
                            else
                                delete message.uptimeS;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.daemonRssBytes = value;
                            else
                                delete message.daemonRssBytes;
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
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    if (typeof message.cpuPercent !== "number")
                        return "cpuPercent: number expected";
                if (message.memUsedBytes != null && $Object.hasOwnProperty.call(message, "memUsedBytes"))
                    if (!$util.isInteger(message.memUsedBytes) && !(message.memUsedBytes && $util.isInteger(message.memUsedBytes.low) && $util.isInteger(message.memUsedBytes.high)))
                        return "memUsedBytes: integer|Long expected";
                if (message.memTotalBytes != null && $Object.hasOwnProperty.call(message, "memTotalBytes"))
                    if (!$util.isInteger(message.memTotalBytes) && !(message.memTotalBytes && $util.isInteger(message.memTotalBytes.low) && $util.isInteger(message.memTotalBytes.high)))
                        return "memTotalBytes: integer|Long expected";
                if (message.diskUsedBytes != null && $Object.hasOwnProperty.call(message, "diskUsedBytes"))
                    if (!$util.isInteger(message.diskUsedBytes) && !(message.diskUsedBytes && $util.isInteger(message.diskUsedBytes.low) && $util.isInteger(message.diskUsedBytes.high)))
                        return "diskUsedBytes: integer|Long expected";
                if (message.diskTotalBytes != null && $Object.hasOwnProperty.call(message, "diskTotalBytes"))
                    if (!$util.isInteger(message.diskTotalBytes) && !(message.diskTotalBytes && $util.isInteger(message.diskTotalBytes.low) && $util.isInteger(message.diskTotalBytes.high)))
                        return "diskTotalBytes: integer|Long expected";
                if (message.load1 != null && $Object.hasOwnProperty.call(message, "load1"))
                    if (typeof message.load1 !== "number")
                        return "load1: number expected";
                if (message.load5 != null && $Object.hasOwnProperty.call(message, "load5"))
                    if (typeof message.load5 !== "number")
                        return "load5: number expected";
                if (message.load15 != null && $Object.hasOwnProperty.call(message, "load15"))
                    if (typeof message.load15 !== "number")
                        return "load15: number expected";
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    if (!$util.isInteger(message.uptimeS) && !(message.uptimeS && $util.isInteger(message.uptimeS.low) && $util.isInteger(message.uptimeS.high)))
                        return "uptimeS: integer|Long expected";
                if (message.daemonRssBytes != null && $Object.hasOwnProperty.call(message, "daemonRssBytes"))
                    if (!$util.isInteger(message.daemonRssBytes) && !(message.daemonRssBytes && $util.isInteger(message.daemonRssBytes.low) && $util.isInteger(message.daemonRssBytes.high)))
                        return "daemonRssBytes: integer|Long expected";
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
                if (object.cpuPercent != null)
                    if (!$Object.is($Number(object.cpuPercent), 0))
                        message.cpuPercent = $Number(object.cpuPercent);
                if (object.memUsedBytes != null)
                    if (typeof object.memUsedBytes === "object" ? object.memUsedBytes.low || object.memUsedBytes.high : $Number(object.memUsedBytes) !== 0)
                        if ($util.Long)
                            message.memUsedBytes = $util.Long.fromValue(object.memUsedBytes, true);
                        else if (typeof object.memUsedBytes === "string")
                            message.memUsedBytes = $parseInt(object.memUsedBytes, 10);
                        else if (typeof object.memUsedBytes === "number")
                            message.memUsedBytes = object.memUsedBytes;
                        else if (typeof object.memUsedBytes === "object")
                            message.memUsedBytes = new $util.LongBits(object.memUsedBytes.low >>> 0, object.memUsedBytes.high >>> 0).toNumber(true);
                if (object.memTotalBytes != null)
                    if (typeof object.memTotalBytes === "object" ? object.memTotalBytes.low || object.memTotalBytes.high : $Number(object.memTotalBytes) !== 0)
                        if ($util.Long)
                            message.memTotalBytes = $util.Long.fromValue(object.memTotalBytes, true);
                        else if (typeof object.memTotalBytes === "string")
                            message.memTotalBytes = $parseInt(object.memTotalBytes, 10);
                        else if (typeof object.memTotalBytes === "number")
                            message.memTotalBytes = object.memTotalBytes;
                        else if (typeof object.memTotalBytes === "object")
                            message.memTotalBytes = new $util.LongBits(object.memTotalBytes.low >>> 0, object.memTotalBytes.high >>> 0).toNumber(true);
                if (object.diskUsedBytes != null)
                    if (typeof object.diskUsedBytes === "object" ? object.diskUsedBytes.low || object.diskUsedBytes.high : $Number(object.diskUsedBytes) !== 0)
                        if ($util.Long)
                            message.diskUsedBytes = $util.Long.fromValue(object.diskUsedBytes, true);
                        else if (typeof object.diskUsedBytes === "string")
                            message.diskUsedBytes = $parseInt(object.diskUsedBytes, 10);
                        else if (typeof object.diskUsedBytes === "number")
                            message.diskUsedBytes = object.diskUsedBytes;
                        else if (typeof object.diskUsedBytes === "object")
                            message.diskUsedBytes = new $util.LongBits(object.diskUsedBytes.low >>> 0, object.diskUsedBytes.high >>> 0).toNumber(true);
                if (object.diskTotalBytes != null)
                    if (typeof object.diskTotalBytes === "object" ? object.diskTotalBytes.low || object.diskTotalBytes.high : $Number(object.diskTotalBytes) !== 0)
                        if ($util.Long)
                            message.diskTotalBytes = $util.Long.fromValue(object.diskTotalBytes, true);
                        else if (typeof object.diskTotalBytes === "string")
                            message.diskTotalBytes = $parseInt(object.diskTotalBytes, 10);
                        else if (typeof object.diskTotalBytes === "number")
                            message.diskTotalBytes = object.diskTotalBytes;
                        else if (typeof object.diskTotalBytes === "object")
                            message.diskTotalBytes = new $util.LongBits(object.diskTotalBytes.low >>> 0, object.diskTotalBytes.high >>> 0).toNumber(true);
                if (object.load1 != null)
                    if (!$Object.is($Number(object.load1), 0))
                        message.load1 = $Number(object.load1);
                if (object.load5 != null)
                    if (!$Object.is($Number(object.load5), 0))
                        message.load5 = $Number(object.load5);
                if (object.load15 != null)
                    if (!$Object.is($Number(object.load15), 0))
                        message.load15 = $Number(object.load15);
                if (object.uptimeS != null)
                    if (typeof object.uptimeS === "object" ? object.uptimeS.low || object.uptimeS.high : $Number(object.uptimeS) !== 0)
                        if ($util.Long)
                            message.uptimeS = $util.Long.fromValue(object.uptimeS, true);
                        else if (typeof object.uptimeS === "string")
                            message.uptimeS = $parseInt(object.uptimeS, 10);
                        else if (typeof object.uptimeS === "number")
                            message.uptimeS = object.uptimeS;
                        else if (typeof object.uptimeS === "object")
                            message.uptimeS = new $util.LongBits(object.uptimeS.low >>> 0, object.uptimeS.high >>> 0).toNumber(true);
                if (object.daemonRssBytes != null)
                    if (typeof object.daemonRssBytes === "object" ? object.daemonRssBytes.low || object.daemonRssBytes.high : $Number(object.daemonRssBytes) !== 0)
                        if ($util.Long)
                            message.daemonRssBytes = $util.Long.fromValue(object.daemonRssBytes, true);
                        else if (typeof object.daemonRssBytes === "string")
                            message.daemonRssBytes = $parseInt(object.daemonRssBytes, 10);
                        else if (typeof object.daemonRssBytes === "number")
                            message.daemonRssBytes = object.daemonRssBytes;
                        else if (typeof object.daemonRssBytes === "object")
                            message.daemonRssBytes = new $util.LongBits(object.daemonRssBytes.low >>> 0, object.daemonRssBytes.high >>> 0).toNumber(true);
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
                    object.cpuPercent = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.diskUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.diskUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.diskTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.diskTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.load1 = 0;
                    object.load5 = 0;
                    object.load15 = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.daemonRssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.daemonRssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    object.cpuPercent = options.json && !$isFinite(message.cpuPercent) ? $String(message.cpuPercent) : message.cpuPercent;
                if (message.memUsedBytes != null && $Object.hasOwnProperty.call(message, "memUsedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memUsedBytes = typeof message.memUsedBytes === "number" ? $BigInt(message.memUsedBytes) : $util.Long.fromBits(message.memUsedBytes.low >>> 0, message.memUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memUsedBytes === "number")
                        object.memUsedBytes = options.longs === $String ? $String(message.memUsedBytes) : message.memUsedBytes;
                    else
                        object.memUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memUsedBytes) : options.longs === $Number ? new $util.LongBits(message.memUsedBytes.low >>> 0, message.memUsedBytes.high >>> 0).toNumber(true) : message.memUsedBytes;
                if (message.memTotalBytes != null && $Object.hasOwnProperty.call(message, "memTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memTotalBytes = typeof message.memTotalBytes === "number" ? $BigInt(message.memTotalBytes) : $util.Long.fromBits(message.memTotalBytes.low >>> 0, message.memTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memTotalBytes === "number")
                        object.memTotalBytes = options.longs === $String ? $String(message.memTotalBytes) : message.memTotalBytes;
                    else
                        object.memTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memTotalBytes.low >>> 0, message.memTotalBytes.high >>> 0).toNumber(true) : message.memTotalBytes;
                if (message.diskUsedBytes != null && $Object.hasOwnProperty.call(message, "diskUsedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskUsedBytes = typeof message.diskUsedBytes === "number" ? $BigInt(message.diskUsedBytes) : $util.Long.fromBits(message.diskUsedBytes.low >>> 0, message.diskUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskUsedBytes === "number")
                        object.diskUsedBytes = options.longs === $String ? $String(message.diskUsedBytes) : message.diskUsedBytes;
                    else
                        object.diskUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskUsedBytes) : options.longs === $Number ? new $util.LongBits(message.diskUsedBytes.low >>> 0, message.diskUsedBytes.high >>> 0).toNumber(true) : message.diskUsedBytes;
                if (message.diskTotalBytes != null && $Object.hasOwnProperty.call(message, "diskTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskTotalBytes = typeof message.diskTotalBytes === "number" ? $BigInt(message.diskTotalBytes) : $util.Long.fromBits(message.diskTotalBytes.low >>> 0, message.diskTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskTotalBytes === "number")
                        object.diskTotalBytes = options.longs === $String ? $String(message.diskTotalBytes) : message.diskTotalBytes;
                    else
                        object.diskTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskTotalBytes) : options.longs === $Number ? new $util.LongBits(message.diskTotalBytes.low >>> 0, message.diskTotalBytes.high >>> 0).toNumber(true) : message.diskTotalBytes;
                if (message.load1 != null && $Object.hasOwnProperty.call(message, "load1"))
                    object.load1 = options.json && !$isFinite(message.load1) ? $String(message.load1) : message.load1;
                if (message.load5 != null && $Object.hasOwnProperty.call(message, "load5"))
                    object.load5 = options.json && !$isFinite(message.load5) ? $String(message.load5) : message.load5;
                if (message.load15 != null && $Object.hasOwnProperty.call(message, "load15"))
                    object.load15 = options.json && !$isFinite(message.load15) ? $String(message.load15) : message.load15;
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeS = typeof message.uptimeS === "number" ? $BigInt(message.uptimeS) : $util.Long.fromBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeS === "number")
                        object.uptimeS = options.longs === $String ? $String(message.uptimeS) : message.uptimeS;
                    else
                        object.uptimeS = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeS) : options.longs === $Number ? new $util.LongBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0).toNumber(true) : message.uptimeS;
                if (message.daemonRssBytes != null && $Object.hasOwnProperty.call(message, "daemonRssBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.daemonRssBytes = typeof message.daemonRssBytes === "number" ? $BigInt(message.daemonRssBytes) : $util.Long.fromBits(message.daemonRssBytes.low >>> 0, message.daemonRssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.daemonRssBytes === "number")
                        object.daemonRssBytes = options.longs === $String ? $String(message.daemonRssBytes) : message.daemonRssBytes;
                    else
                        object.daemonRssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.daemonRssBytes) : options.longs === $Number ? new $util.LongBits(message.daemonRssBytes.low >>> 0, message.daemonRssBytes.high >>> 0).toNumber(true) : message.daemonRssBytes;
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
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DeviceStatus.prototype.device = "";
            DeviceStatus.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DeviceStatus.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            DeviceStatus.prototype.release = "";
            DeviceStatus.prototype.system = null;
            DeviceStatus.prototype.workloads = $util.emptyArray;
            DeviceStatus.prototype.workloadsRunning = 0;
            DeviceStatus.prototype.workloadsFailed = 0;
            DeviceStatus.prototype.workloadsTotal = 0;
            DeviceStatus.prototype.tags = $util.emptyArray;
            DeviceStatus.prototype.daemonVersion = "";
            DeviceStatus.prototype.bootId = "";
            DeviceStatus.prototype.desiredGeneration = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DeviceStatus.prototype.releaseError = "";
            DeviceStatus.prototype.tasksRunning = 0;

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
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs") && (typeof message.tsMs === "object" ? message.tsMs.low || message.tsMs.high : message.tsMs !== 0))
                    writer.uint32(24).int64(message.tsMs);
                if (message.release != null && $Object.hasOwnProperty.call(message, "release") && message.release !== "")
                    writer.uint32(34).string(message.release);
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    $root.mc.v1.SystemMetrics.encode(message.system, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.workloads != null && message.workloads.length)
                    for (let i = 0; i < message.workloads.length; ++i)
                        $root.mc.v1.WorkloadSummary.encode(message.workloads[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.workloadsRunning != null && $Object.hasOwnProperty.call(message, "workloadsRunning") && message.workloadsRunning !== 0)
                    writer.uint32(56).uint32(message.workloadsRunning);
                if (message.workloadsFailed != null && $Object.hasOwnProperty.call(message, "workloadsFailed") && message.workloadsFailed !== 0)
                    writer.uint32(64).uint32(message.workloadsFailed);
                if (message.workloadsTotal != null && $Object.hasOwnProperty.call(message, "workloadsTotal") && message.workloadsTotal !== 0)
                    writer.uint32(72).uint32(message.workloadsTotal);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(82).string(message.tags[i]);
                if (message.daemonVersion != null && $Object.hasOwnProperty.call(message, "daemonVersion") && message.daemonVersion !== "")
                    writer.uint32(90).string(message.daemonVersion);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(98).string(message.bootId);
                if (message.desiredGeneration != null && $Object.hasOwnProperty.call(message, "desiredGeneration") && (typeof message.desiredGeneration === "object" ? message.desiredGeneration.low || message.desiredGeneration.high : message.desiredGeneration !== 0))
                    writer.uint32(104).uint64(message.desiredGeneration);
                if (message.releaseError != null && $Object.hasOwnProperty.call(message, "releaseError") && message.releaseError !== "")
                    writer.uint32(114).string(message.releaseError);
                if (message.tasksRunning != null && $Object.hasOwnProperty.call(message, "tasksRunning") && message.tasksRunning !== 0)
                    writer.uint32(120).uint32(message.tasksRunning);
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
                                message.tsMs = value;
                            else
                                delete message.tsMs;
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
                                message.workloadsRunning = value;
                            else
                                delete message.workloadsRunning;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.workloadsFailed = value;
                            else
                                delete message.workloadsFailed;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.workloadsTotal = value;
                            else
                                delete message.workloadsTotal;
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
                                message.daemonVersion = value;
                            else
                                delete message.daemonVersion;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.desiredGeneration = value;
                            else
                                delete message.desiredGeneration;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseError = value;
                            else
                                delete message.releaseError;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tasksRunning = value;
                            else
                                delete message.tasksRunning;
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
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (!$util.isInteger(message.tsMs) && !(message.tsMs && $util.isInteger(message.tsMs.low) && $util.isInteger(message.tsMs.high)))
                        return "tsMs: integer|Long expected";
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
                if (message.workloadsRunning != null && $Object.hasOwnProperty.call(message, "workloadsRunning"))
                    if (!$util.isInteger(message.workloadsRunning))
                        return "workloadsRunning: integer expected";
                if (message.workloadsFailed != null && $Object.hasOwnProperty.call(message, "workloadsFailed"))
                    if (!$util.isInteger(message.workloadsFailed))
                        return "workloadsFailed: integer expected";
                if (message.workloadsTotal != null && $Object.hasOwnProperty.call(message, "workloadsTotal"))
                    if (!$util.isInteger(message.workloadsTotal))
                        return "workloadsTotal: integer expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.daemonVersion != null && $Object.hasOwnProperty.call(message, "daemonVersion"))
                    if (!$util.isString(message.daemonVersion))
                        return "daemonVersion: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isString(message.bootId))
                        return "bootId: string expected";
                if (message.desiredGeneration != null && $Object.hasOwnProperty.call(message, "desiredGeneration"))
                    if (!$util.isInteger(message.desiredGeneration) && !(message.desiredGeneration && $util.isInteger(message.desiredGeneration.low) && $util.isInteger(message.desiredGeneration.high)))
                        return "desiredGeneration: integer|Long expected";
                if (message.releaseError != null && $Object.hasOwnProperty.call(message, "releaseError"))
                    if (!$util.isString(message.releaseError))
                        return "releaseError: string expected";
                if (message.tasksRunning != null && $Object.hasOwnProperty.call(message, "tasksRunning"))
                    if (!$util.isInteger(message.tasksRunning))
                        return "tasksRunning: integer expected";
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
                if (object.tsMs != null)
                    if (typeof object.tsMs === "object" ? object.tsMs.low || object.tsMs.high : $Number(object.tsMs) !== 0)
                        if ($util.Long)
                            message.tsMs = $util.Long.fromValue(object.tsMs, false);
                        else if (typeof object.tsMs === "string")
                            message.tsMs = $parseInt(object.tsMs, 10);
                        else if (typeof object.tsMs === "number")
                            message.tsMs = object.tsMs;
                        else if (typeof object.tsMs === "object")
                            message.tsMs = new $util.LongBits(object.tsMs.low >>> 0, object.tsMs.high >>> 0).toNumber();
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
                if (object.workloadsRunning != null)
                    if ($Number(object.workloadsRunning) !== 0)
                        message.workloadsRunning = object.workloadsRunning >>> 0;
                if (object.workloadsFailed != null)
                    if ($Number(object.workloadsFailed) !== 0)
                        message.workloadsFailed = object.workloadsFailed >>> 0;
                if (object.workloadsTotal != null)
                    if ($Number(object.workloadsTotal) !== 0)
                        message.workloadsTotal = object.workloadsTotal >>> 0;
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".mc.v1.DeviceStatus.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.daemonVersion != null)
                    if (typeof object.daemonVersion !== "string" || object.daemonVersion.length)
                        message.daemonVersion = $String(object.daemonVersion);
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
                if (object.desiredGeneration != null)
                    if (typeof object.desiredGeneration === "object" ? object.desiredGeneration.low || object.desiredGeneration.high : $Number(object.desiredGeneration) !== 0)
                        if ($util.Long)
                            message.desiredGeneration = $util.Long.fromValue(object.desiredGeneration, true);
                        else if (typeof object.desiredGeneration === "string")
                            message.desiredGeneration = $parseInt(object.desiredGeneration, 10);
                        else if (typeof object.desiredGeneration === "number")
                            message.desiredGeneration = object.desiredGeneration;
                        else if (typeof object.desiredGeneration === "object")
                            message.desiredGeneration = new $util.LongBits(object.desiredGeneration.low >>> 0, object.desiredGeneration.high >>> 0).toNumber(true);
                if (object.releaseError != null)
                    if (typeof object.releaseError !== "string" || object.releaseError.length)
                        message.releaseError = $String(object.releaseError);
                if (object.tasksRunning != null)
                    if ($Number(object.tasksRunning) !== 0)
                        message.tasksRunning = object.tasksRunning >>> 0;
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
                        object.tsMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tsMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.release = "";
                    object.system = null;
                    object.workloadsRunning = 0;
                    object.workloadsFailed = 0;
                    object.workloadsTotal = 0;
                    object.daemonVersion = "";
                    object.bootId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.desiredGeneration = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.desiredGeneration = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.releaseError = "";
                    object.tasksRunning = 0;
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
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tsMs = typeof message.tsMs === "number" ? $BigInt(message.tsMs) : $util.Long.fromBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0, false).toBigInt();
                    else if (typeof message.tsMs === "number")
                        object.tsMs = options.longs === $String ? $String(message.tsMs) : message.tsMs;
                    else
                        object.tsMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tsMs) : options.longs === $Number ? new $util.LongBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0).toNumber() : message.tsMs;
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    object.release = message.release;
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    object.system = $root.mc.v1.SystemMetrics.toObject(message.system, options, _depth + 1);
                if (message.workloads && message.workloads.length) {
                    object.workloads = $Array(message.workloads.length);
                    for (let j = 0; j < message.workloads.length; ++j)
                        object.workloads[j] = $root.mc.v1.WorkloadSummary.toObject(message.workloads[j], options, _depth + 1);
                }
                if (message.workloadsRunning != null && $Object.hasOwnProperty.call(message, "workloadsRunning"))
                    object.workloadsRunning = message.workloadsRunning;
                if (message.workloadsFailed != null && $Object.hasOwnProperty.call(message, "workloadsFailed"))
                    object.workloadsFailed = message.workloadsFailed;
                if (message.workloadsTotal != null && $Object.hasOwnProperty.call(message, "workloadsTotal"))
                    object.workloadsTotal = message.workloadsTotal;
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.daemonVersion != null && $Object.hasOwnProperty.call(message, "daemonVersion"))
                    object.daemonVersion = message.daemonVersion;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.desiredGeneration != null && $Object.hasOwnProperty.call(message, "desiredGeneration"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.desiredGeneration = typeof message.desiredGeneration === "number" ? $BigInt(message.desiredGeneration) : $util.Long.fromBits(message.desiredGeneration.low >>> 0, message.desiredGeneration.high >>> 0, true).toBigInt();
                    else if (typeof message.desiredGeneration === "number")
                        object.desiredGeneration = options.longs === $String ? $String(message.desiredGeneration) : message.desiredGeneration;
                    else
                        object.desiredGeneration = options.longs === $String ? $util.Long.prototype.toString.call(message.desiredGeneration) : options.longs === $Number ? new $util.LongBits(message.desiredGeneration.low >>> 0, message.desiredGeneration.high >>> 0).toNumber(true) : message.desiredGeneration;
                if (message.releaseError != null && $Object.hasOwnProperty.call(message, "releaseError"))
                    object.releaseError = message.releaseError;
                if (message.tasksRunning != null && $Object.hasOwnProperty.call(message, "tasksRunning"))
                    object.tasksRunning = message.tasksRunning;
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
            WorkloadState.prototype.runMode = "";
            WorkloadState.prototype.pid = 0;
            WorkloadState.prototype.runCount = 0;
            WorkloadState.prototype.lastStartedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.lastStoppedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.lastExitCode = null;
            WorkloadState.prototype.lastSignal = "";
            WorkloadState.prototype.lastError = "";
            WorkloadState.prototype.consecutiveFailures = 0;
            WorkloadState.prototype.restarts = 0;
            WorkloadState.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            WorkloadState.prototype.cpuPercent = 0;
            WorkloadState.prototype.version = "";
            WorkloadState.prototype.nextRunMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.backoffUntilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.maxRuns = 0;
            WorkloadState.prototype.tags = $util.emptyArray;
            WorkloadState.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkloadState.prototype.schedule = "";
            WorkloadState.prototype.memoryLimitMb = 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(WorkloadState.prototype, "_lastExitCode", {
                get: $util.oneOfGetter($oneOfFields = ["lastExitCode"]),
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
                if (message.runMode != null && $Object.hasOwnProperty.call(message, "runMode") && message.runMode !== "")
                    writer.uint32(34).string(message.runMode);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(40).uint32(message.pid);
                if (message.runCount != null && $Object.hasOwnProperty.call(message, "runCount") && message.runCount !== 0)
                    writer.uint32(48).uint32(message.runCount);
                if (message.lastStartedMs != null && $Object.hasOwnProperty.call(message, "lastStartedMs") && (typeof message.lastStartedMs === "object" ? message.lastStartedMs.low || message.lastStartedMs.high : message.lastStartedMs !== 0))
                    writer.uint32(56).int64(message.lastStartedMs);
                if (message.lastStoppedMs != null && $Object.hasOwnProperty.call(message, "lastStoppedMs") && (typeof message.lastStoppedMs === "object" ? message.lastStoppedMs.low || message.lastStoppedMs.high : message.lastStoppedMs !== 0))
                    writer.uint32(64).int64(message.lastStoppedMs);
                if (message.lastExitCode != null && $Object.hasOwnProperty.call(message, "lastExitCode"))
                    writer.uint32(72).int32(message.lastExitCode);
                if (message.lastSignal != null && $Object.hasOwnProperty.call(message, "lastSignal") && message.lastSignal !== "")
                    writer.uint32(82).string(message.lastSignal);
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError") && message.lastError !== "")
                    writer.uint32(90).string(message.lastError);
                if (message.consecutiveFailures != null && $Object.hasOwnProperty.call(message, "consecutiveFailures") && message.consecutiveFailures !== 0)
                    writer.uint32(96).uint32(message.consecutiveFailures);
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                    writer.uint32(104).uint32(message.restarts);
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes") && (typeof message.rssBytes === "object" ? message.rssBytes.low || message.rssBytes.high : message.rssBytes !== 0))
                    writer.uint32(112).uint64(message.rssBytes);
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent") && !$Object.is(message.cpuPercent, 0))
                    writer.uint32(125).float(message.cpuPercent);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(130).string(message.version);
                if (message.nextRunMs != null && $Object.hasOwnProperty.call(message, "nextRunMs") && (typeof message.nextRunMs === "object" ? message.nextRunMs.low || message.nextRunMs.high : message.nextRunMs !== 0))
                    writer.uint32(136).int64(message.nextRunMs);
                if (message.backoffUntilMs != null && $Object.hasOwnProperty.call(message, "backoffUntilMs") && (typeof message.backoffUntilMs === "object" ? message.backoffUntilMs.low || message.backoffUntilMs.high : message.backoffUntilMs !== 0))
                    writer.uint32(144).int64(message.backoffUntilMs);
                if (message.maxRuns != null && $Object.hasOwnProperty.call(message, "maxRuns") && message.maxRuns !== 0)
                    writer.uint32(152).uint32(message.maxRuns);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(162).string(message.tags[i]);
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs") && (typeof message.tsMs === "object" ? message.tsMs.low || message.tsMs.high : message.tsMs !== 0))
                    writer.uint32(168).int64(message.tsMs);
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
                    writer.uint32(178).string(message.schedule);
                if (message.memoryLimitMb != null && $Object.hasOwnProperty.call(message, "memoryLimitMb") && message.memoryLimitMb !== 0)
                    writer.uint32(184).uint32(message.memoryLimitMb);
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
                                message.runMode = value;
                            else
                                delete message.runMode;
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
                                message.runCount = value;
                            else
                                delete message.runCount;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastStartedMs = value;
                            else
                                delete message.lastStartedMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastStoppedMs = value;
                            else
                                delete message.lastStoppedMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.lastExitCode = reader.int32();
                            message._lastExitCode = "lastExitCode";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastSignal = value;
                            else
                                delete message.lastSignal;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastError = value;
                            else
                                delete message.lastError;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.consecutiveFailures = value;
                            else
                                delete message.consecutiveFailures;
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
                                message.rssBytes = value;
                            else
                                delete message.rssBytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.cpuPercent = value;
                            else
                                delete message.cpuPercent;
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
                                message.nextRunMs = value;
                            else
                                delete message.nextRunMs;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.backoffUntilMs = value;
                            else
                                delete message.backoffUntilMs;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxRuns = value;
                            else
                                delete message.maxRuns;
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
                                message.tsMs = value;
                            else
                                delete message.tsMs;
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
                                message.memoryLimitMb = value;
                            else
                                delete message.memoryLimitMb;
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
                if (message.runMode != null && $Object.hasOwnProperty.call(message, "runMode"))
                    if (!$util.isString(message.runMode))
                        return "runMode: string expected";
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.runCount != null && $Object.hasOwnProperty.call(message, "runCount"))
                    if (!$util.isInteger(message.runCount))
                        return "runCount: integer expected";
                if (message.lastStartedMs != null && $Object.hasOwnProperty.call(message, "lastStartedMs"))
                    if (!$util.isInteger(message.lastStartedMs) && !(message.lastStartedMs && $util.isInteger(message.lastStartedMs.low) && $util.isInteger(message.lastStartedMs.high)))
                        return "lastStartedMs: integer|Long expected";
                if (message.lastStoppedMs != null && $Object.hasOwnProperty.call(message, "lastStoppedMs"))
                    if (!$util.isInteger(message.lastStoppedMs) && !(message.lastStoppedMs && $util.isInteger(message.lastStoppedMs.low) && $util.isInteger(message.lastStoppedMs.high)))
                        return "lastStoppedMs: integer|Long expected";
                if (message.lastExitCode != null && $Object.hasOwnProperty.call(message, "lastExitCode")) {
                    properties._lastExitCode = 1;
                    if (!$util.isInteger(message.lastExitCode))
                        return "lastExitCode: integer expected";
                }
                if (message.lastSignal != null && $Object.hasOwnProperty.call(message, "lastSignal"))
                    if (!$util.isString(message.lastSignal))
                        return "lastSignal: string expected";
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                    if (!$util.isString(message.lastError))
                        return "lastError: string expected";
                if (message.consecutiveFailures != null && $Object.hasOwnProperty.call(message, "consecutiveFailures"))
                    if (!$util.isInteger(message.consecutiveFailures))
                        return "consecutiveFailures: integer expected";
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    if (!$util.isInteger(message.restarts))
                        return "restarts: integer expected";
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                    if (!$util.isInteger(message.rssBytes) && !(message.rssBytes && $util.isInteger(message.rssBytes.low) && $util.isInteger(message.rssBytes.high)))
                        return "rssBytes: integer|Long expected";
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    if (typeof message.cpuPercent !== "number")
                        return "cpuPercent: number expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.nextRunMs != null && $Object.hasOwnProperty.call(message, "nextRunMs"))
                    if (!$util.isInteger(message.nextRunMs) && !(message.nextRunMs && $util.isInteger(message.nextRunMs.low) && $util.isInteger(message.nextRunMs.high)))
                        return "nextRunMs: integer|Long expected";
                if (message.backoffUntilMs != null && $Object.hasOwnProperty.call(message, "backoffUntilMs"))
                    if (!$util.isInteger(message.backoffUntilMs) && !(message.backoffUntilMs && $util.isInteger(message.backoffUntilMs.low) && $util.isInteger(message.backoffUntilMs.high)))
                        return "backoffUntilMs: integer|Long expected";
                if (message.maxRuns != null && $Object.hasOwnProperty.call(message, "maxRuns"))
                    if (!$util.isInteger(message.maxRuns))
                        return "maxRuns: integer expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!$util.isString(message.tags[i]))
                            return "tags: string[] expected";
                }
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (!$util.isInteger(message.tsMs) && !(message.tsMs && $util.isInteger(message.tsMs.low) && $util.isInteger(message.tsMs.high)))
                        return "tsMs: integer|Long expected";
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    if (!$util.isString(message.schedule))
                        return "schedule: string expected";
                if (message.memoryLimitMb != null && $Object.hasOwnProperty.call(message, "memoryLimitMb"))
                    if (!$util.isInteger(message.memoryLimitMb))
                        return "memoryLimitMb: integer expected";
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
                if (object.runMode != null)
                    if (typeof object.runMode !== "string" || object.runMode.length)
                        message.runMode = $String(object.runMode);
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.runCount != null)
                    if ($Number(object.runCount) !== 0)
                        message.runCount = object.runCount >>> 0;
                if (object.lastStartedMs != null)
                    if (typeof object.lastStartedMs === "object" ? object.lastStartedMs.low || object.lastStartedMs.high : $Number(object.lastStartedMs) !== 0)
                        if ($util.Long)
                            message.lastStartedMs = $util.Long.fromValue(object.lastStartedMs, false);
                        else if (typeof object.lastStartedMs === "string")
                            message.lastStartedMs = $parseInt(object.lastStartedMs, 10);
                        else if (typeof object.lastStartedMs === "number")
                            message.lastStartedMs = object.lastStartedMs;
                        else if (typeof object.lastStartedMs === "object")
                            message.lastStartedMs = new $util.LongBits(object.lastStartedMs.low >>> 0, object.lastStartedMs.high >>> 0).toNumber();
                if (object.lastStoppedMs != null)
                    if (typeof object.lastStoppedMs === "object" ? object.lastStoppedMs.low || object.lastStoppedMs.high : $Number(object.lastStoppedMs) !== 0)
                        if ($util.Long)
                            message.lastStoppedMs = $util.Long.fromValue(object.lastStoppedMs, false);
                        else if (typeof object.lastStoppedMs === "string")
                            message.lastStoppedMs = $parseInt(object.lastStoppedMs, 10);
                        else if (typeof object.lastStoppedMs === "number")
                            message.lastStoppedMs = object.lastStoppedMs;
                        else if (typeof object.lastStoppedMs === "object")
                            message.lastStoppedMs = new $util.LongBits(object.lastStoppedMs.low >>> 0, object.lastStoppedMs.high >>> 0).toNumber();
                if (object.lastExitCode != null)
                    message.lastExitCode = object.lastExitCode | 0;
                if (object.lastSignal != null)
                    if (typeof object.lastSignal !== "string" || object.lastSignal.length)
                        message.lastSignal = $String(object.lastSignal);
                if (object.lastError != null)
                    if (typeof object.lastError !== "string" || object.lastError.length)
                        message.lastError = $String(object.lastError);
                if (object.consecutiveFailures != null)
                    if ($Number(object.consecutiveFailures) !== 0)
                        message.consecutiveFailures = object.consecutiveFailures >>> 0;
                if (object.restarts != null)
                    if ($Number(object.restarts) !== 0)
                        message.restarts = object.restarts >>> 0;
                if (object.rssBytes != null)
                    if (typeof object.rssBytes === "object" ? object.rssBytes.low || object.rssBytes.high : $Number(object.rssBytes) !== 0)
                        if ($util.Long)
                            message.rssBytes = $util.Long.fromValue(object.rssBytes, true);
                        else if (typeof object.rssBytes === "string")
                            message.rssBytes = $parseInt(object.rssBytes, 10);
                        else if (typeof object.rssBytes === "number")
                            message.rssBytes = object.rssBytes;
                        else if (typeof object.rssBytes === "object")
                            message.rssBytes = new $util.LongBits(object.rssBytes.low >>> 0, object.rssBytes.high >>> 0).toNumber(true);
                if (object.cpuPercent != null)
                    if (!$Object.is($Number(object.cpuPercent), 0))
                        message.cpuPercent = $Number(object.cpuPercent);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.nextRunMs != null)
                    if (typeof object.nextRunMs === "object" ? object.nextRunMs.low || object.nextRunMs.high : $Number(object.nextRunMs) !== 0)
                        if ($util.Long)
                            message.nextRunMs = $util.Long.fromValue(object.nextRunMs, false);
                        else if (typeof object.nextRunMs === "string")
                            message.nextRunMs = $parseInt(object.nextRunMs, 10);
                        else if (typeof object.nextRunMs === "number")
                            message.nextRunMs = object.nextRunMs;
                        else if (typeof object.nextRunMs === "object")
                            message.nextRunMs = new $util.LongBits(object.nextRunMs.low >>> 0, object.nextRunMs.high >>> 0).toNumber();
                if (object.backoffUntilMs != null)
                    if (typeof object.backoffUntilMs === "object" ? object.backoffUntilMs.low || object.backoffUntilMs.high : $Number(object.backoffUntilMs) !== 0)
                        if ($util.Long)
                            message.backoffUntilMs = $util.Long.fromValue(object.backoffUntilMs, false);
                        else if (typeof object.backoffUntilMs === "string")
                            message.backoffUntilMs = $parseInt(object.backoffUntilMs, 10);
                        else if (typeof object.backoffUntilMs === "number")
                            message.backoffUntilMs = object.backoffUntilMs;
                        else if (typeof object.backoffUntilMs === "object")
                            message.backoffUntilMs = new $util.LongBits(object.backoffUntilMs.low >>> 0, object.backoffUntilMs.high >>> 0).toNumber();
                if (object.maxRuns != null)
                    if ($Number(object.maxRuns) !== 0)
                        message.maxRuns = object.maxRuns >>> 0;
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".mc.v1.WorkloadState.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        message.tags[i] = $String(object.tags[i]);
                }
                if (object.tsMs != null)
                    if (typeof object.tsMs === "object" ? object.tsMs.low || object.tsMs.high : $Number(object.tsMs) !== 0)
                        if ($util.Long)
                            message.tsMs = $util.Long.fromValue(object.tsMs, false);
                        else if (typeof object.tsMs === "string")
                            message.tsMs = $parseInt(object.tsMs, 10);
                        else if (typeof object.tsMs === "number")
                            message.tsMs = object.tsMs;
                        else if (typeof object.tsMs === "object")
                            message.tsMs = new $util.LongBits(object.tsMs.low >>> 0, object.tsMs.high >>> 0).toNumber();
                if (object.schedule != null)
                    if (typeof object.schedule !== "string" || object.schedule.length)
                        message.schedule = $String(object.schedule);
                if (object.memoryLimitMb != null)
                    if ($Number(object.memoryLimitMb) !== 0)
                        message.memoryLimitMb = object.memoryLimitMb >>> 0;
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
                    object.runMode = "";
                    object.pid = 0;
                    object.runCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastStartedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastStartedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastStoppedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastStoppedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lastSignal = "";
                    object.lastError = "";
                    object.consecutiveFailures = 0;
                    object.restarts = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cpuPercent = 0;
                    object.version = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.nextRunMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nextRunMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.backoffUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.backoffUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.maxRuns = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.tsMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tsMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.schedule = "";
                    object.memoryLimitMb = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.mc.v1.WorkloadStatus[message.status] === $undefined ? message.status : $root.mc.v1.WorkloadStatus[message.status] : message.status;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.runMode != null && $Object.hasOwnProperty.call(message, "runMode"))
                    object.runMode = message.runMode;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.runCount != null && $Object.hasOwnProperty.call(message, "runCount"))
                    object.runCount = message.runCount;
                if (message.lastStartedMs != null && $Object.hasOwnProperty.call(message, "lastStartedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastStartedMs = typeof message.lastStartedMs === "number" ? $BigInt(message.lastStartedMs) : $util.Long.fromBits(message.lastStartedMs.low >>> 0, message.lastStartedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastStartedMs === "number")
                        object.lastStartedMs = options.longs === $String ? $String(message.lastStartedMs) : message.lastStartedMs;
                    else
                        object.lastStartedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastStartedMs) : options.longs === $Number ? new $util.LongBits(message.lastStartedMs.low >>> 0, message.lastStartedMs.high >>> 0).toNumber() : message.lastStartedMs;
                if (message.lastStoppedMs != null && $Object.hasOwnProperty.call(message, "lastStoppedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastStoppedMs = typeof message.lastStoppedMs === "number" ? $BigInt(message.lastStoppedMs) : $util.Long.fromBits(message.lastStoppedMs.low >>> 0, message.lastStoppedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastStoppedMs === "number")
                        object.lastStoppedMs = options.longs === $String ? $String(message.lastStoppedMs) : message.lastStoppedMs;
                    else
                        object.lastStoppedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastStoppedMs) : options.longs === $Number ? new $util.LongBits(message.lastStoppedMs.low >>> 0, message.lastStoppedMs.high >>> 0).toNumber() : message.lastStoppedMs;
                if (message.lastExitCode != null && $Object.hasOwnProperty.call(message, "lastExitCode"))
                    object.lastExitCode = message.lastExitCode;
                if (message.lastSignal != null && $Object.hasOwnProperty.call(message, "lastSignal"))
                    object.lastSignal = message.lastSignal;
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                    object.lastError = message.lastError;
                if (message.consecutiveFailures != null && $Object.hasOwnProperty.call(message, "consecutiveFailures"))
                    object.consecutiveFailures = message.consecutiveFailures;
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    object.restarts = message.restarts;
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rssBytes = typeof message.rssBytes === "number" ? $BigInt(message.rssBytes) : $util.Long.fromBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.rssBytes === "number")
                        object.rssBytes = options.longs === $String ? $String(message.rssBytes) : message.rssBytes;
                    else
                        object.rssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.rssBytes) : options.longs === $Number ? new $util.LongBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0).toNumber(true) : message.rssBytes;
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    object.cpuPercent = options.json && !$isFinite(message.cpuPercent) ? $String(message.cpuPercent) : message.cpuPercent;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.nextRunMs != null && $Object.hasOwnProperty.call(message, "nextRunMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nextRunMs = typeof message.nextRunMs === "number" ? $BigInt(message.nextRunMs) : $util.Long.fromBits(message.nextRunMs.low >>> 0, message.nextRunMs.high >>> 0, false).toBigInt();
                    else if (typeof message.nextRunMs === "number")
                        object.nextRunMs = options.longs === $String ? $String(message.nextRunMs) : message.nextRunMs;
                    else
                        object.nextRunMs = options.longs === $String ? $util.Long.prototype.toString.call(message.nextRunMs) : options.longs === $Number ? new $util.LongBits(message.nextRunMs.low >>> 0, message.nextRunMs.high >>> 0).toNumber() : message.nextRunMs;
                if (message.backoffUntilMs != null && $Object.hasOwnProperty.call(message, "backoffUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.backoffUntilMs = typeof message.backoffUntilMs === "number" ? $BigInt(message.backoffUntilMs) : $util.Long.fromBits(message.backoffUntilMs.low >>> 0, message.backoffUntilMs.high >>> 0, false).toBigInt();
                    else if (typeof message.backoffUntilMs === "number")
                        object.backoffUntilMs = options.longs === $String ? $String(message.backoffUntilMs) : message.backoffUntilMs;
                    else
                        object.backoffUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.backoffUntilMs) : options.longs === $Number ? new $util.LongBits(message.backoffUntilMs.low >>> 0, message.backoffUntilMs.high >>> 0).toNumber() : message.backoffUntilMs;
                if (message.maxRuns != null && $Object.hasOwnProperty.call(message, "maxRuns"))
                    object.maxRuns = message.maxRuns;
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = message.tags[j];
                }
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tsMs = typeof message.tsMs === "number" ? $BigInt(message.tsMs) : $util.Long.fromBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0, false).toBigInt();
                    else if (typeof message.tsMs === "number")
                        object.tsMs = options.longs === $String ? $String(message.tsMs) : message.tsMs;
                    else
                        object.tsMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tsMs) : options.longs === $Number ? new $util.LongBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0).toNumber() : message.tsMs;
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    object.schedule = message.schedule;
                if (message.memoryLimitMb != null && $Object.hasOwnProperty.call(message, "memoryLimitMb"))
                    object.memoryLimitMb = message.memoryLimitMb;
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
            Heartbeat.prototype.uptimeS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Heartbeat.prototype.cpuPercent = 0;
            Heartbeat.prototype.memPercent = 0;
            Heartbeat.prototype.statusSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && (typeof message.uptimeS === "object" ? message.uptimeS.low || message.uptimeS.high : message.uptimeS !== 0))
                    writer.uint32(16).uint64(message.uptimeS);
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent") && !$Object.is(message.cpuPercent, 0))
                    writer.uint32(29).float(message.cpuPercent);
                if (message.memPercent != null && $Object.hasOwnProperty.call(message, "memPercent") && !$Object.is(message.memPercent, 0))
                    writer.uint32(37).float(message.memPercent);
                if (message.statusSeq != null && $Object.hasOwnProperty.call(message, "statusSeq") && (typeof message.statusSeq === "object" ? message.statusSeq.low || message.statusSeq.high : message.statusSeq !== 0))
                    writer.uint32(40).uint64(message.statusSeq);
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
                                message.uptimeS = value;
                            else
                                delete message.uptimeS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.cpuPercent = value;
                            else
                                delete message.cpuPercent;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.memPercent = value;
                            else
                                delete message.memPercent;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.statusSeq = value;
                            else
                                delete message.statusSeq;
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
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    if (!$util.isInteger(message.uptimeS) && !(message.uptimeS && $util.isInteger(message.uptimeS.low) && $util.isInteger(message.uptimeS.high)))
                        return "uptimeS: integer|Long expected";
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    if (typeof message.cpuPercent !== "number")
                        return "cpuPercent: number expected";
                if (message.memPercent != null && $Object.hasOwnProperty.call(message, "memPercent"))
                    if (typeof message.memPercent !== "number")
                        return "memPercent: number expected";
                if (message.statusSeq != null && $Object.hasOwnProperty.call(message, "statusSeq"))
                    if (!$util.isInteger(message.statusSeq) && !(message.statusSeq && $util.isInteger(message.statusSeq.low) && $util.isInteger(message.statusSeq.high)))
                        return "statusSeq: integer|Long expected";
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
                if (object.uptimeS != null)
                    if (typeof object.uptimeS === "object" ? object.uptimeS.low || object.uptimeS.high : $Number(object.uptimeS) !== 0)
                        if ($util.Long)
                            message.uptimeS = $util.Long.fromValue(object.uptimeS, true);
                        else if (typeof object.uptimeS === "string")
                            message.uptimeS = $parseInt(object.uptimeS, 10);
                        else if (typeof object.uptimeS === "number")
                            message.uptimeS = object.uptimeS;
                        else if (typeof object.uptimeS === "object")
                            message.uptimeS = new $util.LongBits(object.uptimeS.low >>> 0, object.uptimeS.high >>> 0).toNumber(true);
                if (object.cpuPercent != null)
                    if (!$Object.is($Number(object.cpuPercent), 0))
                        message.cpuPercent = $Number(object.cpuPercent);
                if (object.memPercent != null)
                    if (!$Object.is($Number(object.memPercent), 0))
                        message.memPercent = $Number(object.memPercent);
                if (object.statusSeq != null)
                    if (typeof object.statusSeq === "object" ? object.statusSeq.low || object.statusSeq.high : $Number(object.statusSeq) !== 0)
                        if ($util.Long)
                            message.statusSeq = $util.Long.fromValue(object.statusSeq, true);
                        else if (typeof object.statusSeq === "string")
                            message.statusSeq = $parseInt(object.statusSeq, 10);
                        else if (typeof object.statusSeq === "number")
                            message.statusSeq = object.statusSeq;
                        else if (typeof object.statusSeq === "object")
                            message.statusSeq = new $util.LongBits(object.statusSeq.low >>> 0, object.statusSeq.high >>> 0).toNumber(true);
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
                        object.uptimeS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cpuPercent = 0;
                    object.memPercent = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.statusSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.statusSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeS = typeof message.uptimeS === "number" ? $BigInt(message.uptimeS) : $util.Long.fromBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeS === "number")
                        object.uptimeS = options.longs === $String ? $String(message.uptimeS) : message.uptimeS;
                    else
                        object.uptimeS = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeS) : options.longs === $Number ? new $util.LongBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0).toNumber(true) : message.uptimeS;
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    object.cpuPercent = options.json && !$isFinite(message.cpuPercent) ? $String(message.cpuPercent) : message.cpuPercent;
                if (message.memPercent != null && $Object.hasOwnProperty.call(message, "memPercent"))
                    object.memPercent = options.json && !$isFinite(message.memPercent) ? $String(message.memPercent) : message.memPercent;
                if (message.statusSeq != null && $Object.hasOwnProperty.call(message, "statusSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.statusSeq = typeof message.statusSeq === "number" ? $BigInt(message.statusSeq) : $util.Long.fromBits(message.statusSeq.low >>> 0, message.statusSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.statusSeq === "number")
                        object.statusSeq = options.longs === $String ? $String(message.statusSeq) : message.statusSeq;
                    else
                        object.statusSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.statusSeq) : options.longs === $Number ? new $util.LongBits(message.statusSeq.low >>> 0, message.statusSeq.high >>> 0).toNumber(true) : message.statusSeq;
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
            Event.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Event.prototype.type = 0;
            Event.prototype.workload = "";
            Event.prototype.message = "";
            Event.prototype.exitCode = null;
            Event.prototype.signal = "";
            Event.prototype.runId = "";
            Event.prototype.attrs = $util.emptyObject;
            Event.prototype.bootId = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Event.prototype, "_exitCode", {
                get: $util.oneOfGetter($oneOfFields = ["exitCode"]),
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
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs") && (typeof message.tsMs === "object" ? message.tsMs.low || message.tsMs.high : message.tsMs !== 0))
                    writer.uint32(16).int64(message.tsMs);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(24).int32(message.type);
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(34).string(message.workload);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(42).string(message.message);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    writer.uint32(48).int32(message.exitCode);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(58).string(message.signal);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(66).string(message.runId);
                if (message.attrs != null && $Object.hasOwnProperty.call(message, "attrs"))
                    for (let keys = $Object.keys(message.attrs), i = 0; i < keys.length; ++i)
                        writer.uint32(74).fork().uint32(10).string(keys[i]).uint32(18).string(message.attrs[keys[i]]).ldelim();
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(82).string(message.bootId);
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
                                message.tsMs = value;
                            else
                                delete message.tsMs;
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
                            message.exitCode = reader.int32();
                            message._exitCode = "exitCode";
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
                                message.runId = value;
                            else
                                delete message.runId;
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
                                message.bootId = value;
                            else
                                delete message.bootId;
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
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (!$util.isInteger(message.tsMs) && !(message.tsMs && $util.isInteger(message.tsMs.low) && $util.isInteger(message.tsMs.high)))
                        return "tsMs: integer|Long expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode")) {
                    properties._exitCode = 1;
                    if (!$util.isInteger(message.exitCode))
                        return "exitCode: integer expected";
                }
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    if (!$util.isString(message.signal))
                        return "signal: string expected";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.attrs != null && $Object.hasOwnProperty.call(message, "attrs")) {
                    if (!$util.isObject(message.attrs))
                        return "attrs: object expected";
                    let key = $Object.keys(message.attrs);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.attrs[key[i]]))
                            return "attrs: string{k:string} expected";
                }
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isString(message.bootId))
                        return "bootId: string expected";
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
                if (object.tsMs != null)
                    if (typeof object.tsMs === "object" ? object.tsMs.low || object.tsMs.high : $Number(object.tsMs) !== 0)
                        if ($util.Long)
                            message.tsMs = $util.Long.fromValue(object.tsMs, false);
                        else if (typeof object.tsMs === "string")
                            message.tsMs = $parseInt(object.tsMs, 10);
                        else if (typeof object.tsMs === "number")
                            message.tsMs = object.tsMs;
                        else if (typeof object.tsMs === "object")
                            message.tsMs = new $util.LongBits(object.tsMs.low >>> 0, object.tsMs.high >>> 0).toNumber();
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
                if (object.exitCode != null)
                    message.exitCode = object.exitCode | 0;
                if (object.signal != null)
                    if (typeof object.signal !== "string" || object.signal.length)
                        message.signal = $String(object.signal);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
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
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
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
                        object.tsMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tsMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.type = options.enums === $String ? "EVENT_TYPE_UNSPECIFIED" : 0;
                    object.workload = "";
                    object.message = "";
                    object.signal = "";
                    object.runId = "";
                    object.bootId = "";
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tsMs = typeof message.tsMs === "number" ? $BigInt(message.tsMs) : $util.Long.fromBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0, false).toBigInt();
                    else if (typeof message.tsMs === "number")
                        object.tsMs = options.longs === $String ? $String(message.tsMs) : message.tsMs;
                    else
                        object.tsMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tsMs) : options.longs === $Number ? new $util.LongBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0).toNumber() : message.tsMs;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.mc.v1.EventType[message.type] === $undefined ? message.type : $root.mc.v1.EventType[message.type] : message.type;
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                let keys2;
                if (message.attrs && (keys2 = $Object.keys(message.attrs)).length) {
                    object.attrs = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.attrs, keys2[j]);
                        object.attrs[keys2[j]] = message.attrs[keys2[j]];
                    }
                }
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
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
            LogChunk.prototype.streamId = "";
            LogChunk.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LogChunk.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            LogChunk.prototype.lines = $util.emptyArray;
            LogChunk.prototype.eof = false;
            LogChunk.prototype.runId = "";

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
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && message.streamId !== "")
                    writer.uint32(18).string(message.streamId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(24).uint64(message.seq);
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs") && (typeof message.tsMs === "object" ? message.tsMs.low || message.tsMs.high : message.tsMs !== 0))
                    writer.uint32(32).int64(message.tsMs);
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        writer.uint32(42).string(message.lines[i]);
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof") && message.eof !== false)
                    writer.uint32(48).bool(message.eof);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(58).string(message.runId);
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
                                message.streamId = value;
                            else
                                delete message.streamId;
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
                                message.tsMs = value;
                            else
                                delete message.tsMs;
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
                                message.runId = value;
                            else
                                delete message.runId;
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
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    if (!$util.isString(message.streamId))
                        return "streamId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (!$util.isInteger(message.tsMs) && !(message.tsMs && $util.isInteger(message.tsMs.low) && $util.isInteger(message.tsMs.high)))
                        return "tsMs: integer|Long expected";
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
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
                if (object.streamId != null)
                    if (typeof object.streamId !== "string" || object.streamId.length)
                        message.streamId = $String(object.streamId);
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
                if (object.tsMs != null)
                    if (typeof object.tsMs === "object" ? object.tsMs.low || object.tsMs.high : $Number(object.tsMs) !== 0)
                        if ($util.Long)
                            message.tsMs = $util.Long.fromValue(object.tsMs, false);
                        else if (typeof object.tsMs === "string")
                            message.tsMs = $parseInt(object.tsMs, 10);
                        else if (typeof object.tsMs === "number")
                            message.tsMs = object.tsMs;
                        else if (typeof object.tsMs === "object")
                            message.tsMs = new $util.LongBits(object.tsMs.low >>> 0, object.tsMs.high >>> 0).toNumber();
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
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
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
                    object.streamId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.tsMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tsMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.eof = false;
                    object.runId = "";
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    object.streamId = message.streamId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tsMs = typeof message.tsMs === "number" ? $BigInt(message.tsMs) : $util.Long.fromBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0, false).toBigInt();
                    else if (typeof message.tsMs === "number")
                        object.tsMs = options.longs === $String ? $String(message.tsMs) : message.tsMs;
                    else
                        object.tsMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tsMs) : options.longs === $Number ? new $util.LongBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0).toNumber() : message.tsMs;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = message.lines[j];
                }
                if (message.eof != null && $Object.hasOwnProperty.call(message, "eof"))
                    object.eof = message.eof;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
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
            Command.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Command.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Command.prototype.replyTo = "";
            Command.prototype.issuer = "";
            Command.prototype.start = null;
            Command.prototype.stop = null;
            Command.prototype.restart = null;
            Command.prototype.reload = null;
            Command.prototype.logs = null;
            Command.prototype.status = null;
            Command.prototype.list = null;
            Command.prototype.exec = null;
            Command.prototype.logsStop = null;
            Command.prototype.execStatus = null;
            Command.prototype.execStop = null;
            Command.prototype.shutdown = null;
            Command.prototype.deviceStatus = null;

            let $oneOfFields;

            $Object.defineProperty(Command.prototype, "action", {
                get: $util.oneOfGetter($oneOfFields = ["start", "stop", "restart", "reload", "logs", "status", "list", "exec", "logsStop", "execStatus", "execStop", "shutdown", "deviceStatus"]),
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
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(16).int64(message.issuedAtMs);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(24).int64(message.expiresAtMs);
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && message.replyTo !== "")
                    writer.uint32(34).string(message.replyTo);
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
                if (message.logsStop != null && $Object.hasOwnProperty.call(message, "logsStop"))
                    $root.mc.v1.LogsStopCmd.encode(message.logsStop, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.execStatus != null && $Object.hasOwnProperty.call(message, "execStatus"))
                    $root.mc.v1.ExecStatusCmd.encode(message.execStatus, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.execStop != null && $Object.hasOwnProperty.call(message, "execStop"))
                    $root.mc.v1.ExecStopCmd.encode(message.execStop, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                    $root.mc.v1.ShutdownCmd.encode(message.shutdown, writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.deviceStatus != null && $Object.hasOwnProperty.call(message, "deviceStatus"))
                    $root.mc.v1.DeviceStatusCmd.encode(message.deviceStatus, writer.uint32(178).fork(), _depth + 1).ldelim();
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
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replyTo = value;
                            else
                                delete message.replyTo;
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
                            message.logsStop = $root.mc.v1.LogsStopCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.logsStop);
                            message.action = "logsStop";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.execStatus = $root.mc.v1.ExecStatusCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.execStatus);
                            message.action = "execStatus";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.execStop = $root.mc.v1.ExecStopCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.execStop);
                            message.action = "execStop";
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
                            message.deviceStatus = $root.mc.v1.DeviceStatusCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceStatus);
                            message.action = "deviceStatus";
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
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (!$util.isInteger(message.expiresAtMs) && !(message.expiresAtMs && $util.isInteger(message.expiresAtMs.low) && $util.isInteger(message.expiresAtMs.high)))
                        return "expiresAtMs: integer|Long expected";
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    if (!$util.isString(message.replyTo))
                        return "replyTo: string expected";
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
                if (message.logsStop != null && $Object.hasOwnProperty.call(message, "logsStop")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.LogsStopCmd.verify(message.logsStop, _depth + 1);
                        if (error)
                            return "logsStop." + error;
                    }
                }
                if (message.execStatus != null && $Object.hasOwnProperty.call(message, "execStatus")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.ExecStatusCmd.verify(message.execStatus, _depth + 1);
                        if (error)
                            return "execStatus." + error;
                    }
                }
                if (message.execStop != null && $Object.hasOwnProperty.call(message, "execStop")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.ExecStopCmd.verify(message.execStop, _depth + 1);
                        if (error)
                            return "execStop." + error;
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
                if (message.deviceStatus != null && $Object.hasOwnProperty.call(message, "deviceStatus")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.mc.v1.DeviceStatusCmd.verify(message.deviceStatus, _depth + 1);
                        if (error)
                            return "deviceStatus." + error;
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
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, false);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber();
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, false);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber();
                if (object.replyTo != null)
                    if (typeof object.replyTo !== "string" || object.replyTo.length)
                        message.replyTo = $String(object.replyTo);
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
                if (object.logsStop != null) {
                    if (!$util.isObject(object.logsStop))
                        throw $TypeError(".mc.v1.Command.logsStop: object expected");
                    message.logsStop = $root.mc.v1.LogsStopCmd.fromObject(object.logsStop, _depth + 1);
                }
                if (object.execStatus != null) {
                    if (!$util.isObject(object.execStatus))
                        throw $TypeError(".mc.v1.Command.execStatus: object expected");
                    message.execStatus = $root.mc.v1.ExecStatusCmd.fromObject(object.execStatus, _depth + 1);
                }
                if (object.execStop != null) {
                    if (!$util.isObject(object.execStop))
                        throw $TypeError(".mc.v1.Command.execStop: object expected");
                    message.execStop = $root.mc.v1.ExecStopCmd.fromObject(object.execStop, _depth + 1);
                }
                if (object.shutdown != null) {
                    if (!$util.isObject(object.shutdown))
                        throw $TypeError(".mc.v1.Command.shutdown: object expected");
                    message.shutdown = $root.mc.v1.ShutdownCmd.fromObject(object.shutdown, _depth + 1);
                }
                if (object.deviceStatus != null) {
                    if (!$util.isObject(object.deviceStatus))
                        throw $TypeError(".mc.v1.Command.deviceStatus: object expected");
                    message.deviceStatus = $root.mc.v1.DeviceStatusCmd.fromObject(object.deviceStatus, _depth + 1);
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
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.replyTo = "";
                    object.issuer = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber() : message.issuedAtMs;
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber() : message.expiresAtMs;
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    object.replyTo = message.replyTo;
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
                if (message.logsStop != null && $Object.hasOwnProperty.call(message, "logsStop")) {
                    object.logsStop = $root.mc.v1.LogsStopCmd.toObject(message.logsStop, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "logsStop";
                }
                if (message.execStatus != null && $Object.hasOwnProperty.call(message, "execStatus")) {
                    object.execStatus = $root.mc.v1.ExecStatusCmd.toObject(message.execStatus, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "execStatus";
                }
                if (message.execStop != null && $Object.hasOwnProperty.call(message, "execStop")) {
                    object.execStop = $root.mc.v1.ExecStopCmd.toObject(message.execStop, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "execStop";
                }
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown")) {
                    object.shutdown = $root.mc.v1.ShutdownCmd.toObject(message.shutdown, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "shutdown";
                }
                if (message.deviceStatus != null && $Object.hasOwnProperty.call(message, "deviceStatus")) {
                    object.deviceStatus = $root.mc.v1.DeviceStatusCmd.toObject(message.deviceStatus, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "deviceStatus";
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
            LogsCmd.prototype.runId = "";
            LogsCmd.prototype.lines = 0;
            LogsCmd.prototype.follow = false;
            LogsCmd.prototype.followSeconds = 0;

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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(18).string(message.runId);
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines") && message.lines !== 0)
                    writer.uint32(24).uint32(message.lines);
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                    writer.uint32(32).bool(message.follow);
                if (message.followSeconds != null && $Object.hasOwnProperty.call(message, "followSeconds") && message.followSeconds !== 0)
                    writer.uint32(40).uint32(message.followSeconds);
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
                                message.runId = value;
                            else
                                delete message.runId;
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
                                message.followSeconds = value;
                            else
                                delete message.followSeconds;
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines"))
                    if (!$util.isInteger(message.lines))
                        return "lines: integer expected";
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    if (typeof message.follow !== "boolean")
                        return "follow: boolean expected";
                if (message.followSeconds != null && $Object.hasOwnProperty.call(message, "followSeconds"))
                    if (!$util.isInteger(message.followSeconds))
                        return "followSeconds: integer expected";
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
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.lines != null)
                    if ($Number(object.lines) !== 0)
                        message.lines = object.lines >>> 0;
                if (object.follow != null)
                    if (object.follow)
                        message.follow = $Boolean(object.follow);
                if (object.followSeconds != null)
                    if ($Number(object.followSeconds) !== 0)
                        message.followSeconds = object.followSeconds >>> 0;
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
                    object.runId = "";
                    object.lines = 0;
                    object.follow = false;
                    object.followSeconds = 0;
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines"))
                    object.lines = message.lines;
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    object.follow = message.follow;
                if (message.followSeconds != null && $Object.hasOwnProperty.call(message, "followSeconds"))
                    object.followSeconds = message.followSeconds;
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

            LogsStopCmd.prototype.streamId = "";

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
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && message.streamId !== "")
                    writer.uint32(10).string(message.streamId);
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
                                message.streamId = value;
                            else
                                delete message.streamId;
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
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    if (!$util.isString(message.streamId))
                        return "streamId: string expected";
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
                if (object.streamId != null)
                    if (typeof object.streamId !== "string" || object.streamId.length)
                        message.streamId = $String(object.streamId);
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
                    object.streamId = "";
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    object.streamId = message.streamId;
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
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecCmd.prototype.argv = $util.emptyArray;
            ExecCmd.prototype.script = "";
            ExecCmd.prototype.interpreter = "";
            ExecCmd.prototype.timeoutS = 0;
            ExecCmd.prototype.memoryLimitMb = 0;
            ExecCmd.prototype.cpuNice = 0;
            ExecCmd.prototype.env = $util.emptyObject;
            ExecCmd.prototype.cwd = "";
            ExecCmd.prototype.taskId = "";
            ExecCmd.prototype.attempt = 0;

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
                if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS") && message.timeoutS !== 0)
                    writer.uint32(32).uint32(message.timeoutS);
                if (message.memoryLimitMb != null && $Object.hasOwnProperty.call(message, "memoryLimitMb") && message.memoryLimitMb !== 0)
                    writer.uint32(40).uint32(message.memoryLimitMb);
                if (message.cpuNice != null && $Object.hasOwnProperty.call(message, "cpuNice") && message.cpuNice !== 0)
                    writer.uint32(48).int32(message.cpuNice);
                if (message.env != null && $Object.hasOwnProperty.call(message, "env"))
                    for (let keys = $Object.keys(message.env), i = 0; i < keys.length; ++i)
                        writer.uint32(58).fork().uint32(10).string(keys[i]).uint32(18).string(message.env[keys[i]]).ldelim();
                if (message.cwd != null && $Object.hasOwnProperty.call(message, "cwd") && message.cwd !== "")
                    writer.uint32(66).string(message.cwd);
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(74).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(80).uint32(message.attempt);
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
                                message.timeoutS = value;
                            else
                                delete message.timeoutS;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memoryLimitMb = value;
                            else
                                delete message.memoryLimitMb;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.cpuNice = value;
                            else
                                delete message.cpuNice;
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
                                message.taskId = value;
                            else
                                delete message.taskId;
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
                if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS"))
                    if (!$util.isInteger(message.timeoutS))
                        return "timeoutS: integer expected";
                if (message.memoryLimitMb != null && $Object.hasOwnProperty.call(message, "memoryLimitMb"))
                    if (!$util.isInteger(message.memoryLimitMb))
                        return "memoryLimitMb: integer expected";
                if (message.cpuNice != null && $Object.hasOwnProperty.call(message, "cpuNice"))
                    if (!$util.isInteger(message.cpuNice))
                        return "cpuNice: integer expected";
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
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
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
                if (object.timeoutS != null)
                    if ($Number(object.timeoutS) !== 0)
                        message.timeoutS = object.timeoutS >>> 0;
                if (object.memoryLimitMb != null)
                    if ($Number(object.memoryLimitMb) !== 0)
                        message.memoryLimitMb = object.memoryLimitMb >>> 0;
                if (object.cpuNice != null)
                    if ($Number(object.cpuNice) !== 0)
                        message.cpuNice = object.cpuNice | 0;
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
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
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
                if (options.arrays || options.defaults)
                    object.argv = [];
                if (options.objects || options.defaults)
                    object.env = {};
                if (options.defaults) {
                    object.script = "";
                    object.interpreter = "";
                    object.timeoutS = 0;
                    object.memoryLimitMb = 0;
                    object.cpuNice = 0;
                    object.cwd = "";
                    object.taskId = "";
                    object.attempt = 0;
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
                if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS"))
                    object.timeoutS = message.timeoutS;
                if (message.memoryLimitMb != null && $Object.hasOwnProperty.call(message, "memoryLimitMb"))
                    object.memoryLimitMb = message.memoryLimitMb;
                if (message.cpuNice != null && $Object.hasOwnProperty.call(message, "cpuNice"))
                    object.cpuNice = message.cpuNice;
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
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
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

        v1.ExecStatusCmd = (function() {

            const ExecStatusCmd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ExecStatusCmd.prototype.runId = "";

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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(10).string(message.runId);
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
                                message.runId = value;
                            else
                                delete message.runId;
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
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
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
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
                    object.runId = "";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
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

            ExecStopCmd.prototype.runId = "";

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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(10).string(message.runId);
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
                                message.runId = value;
                            else
                                delete message.runId;
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
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
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
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
                    object.runId = "";
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
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

            Reply.prototype.commandId = "";
            Reply.prototype.ok = false;
            Reply.prototype.error = null;
            Reply.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Reply.prototype.device = "";
            Reply.prototype.workload = null;
            Reply.prototype.workloads = null;
            Reply.prototype.reload = null;
            Reply.prototype.logs = null;
            Reply.prototype.exec = null;
            Reply.prototype.execStatus = null;
            Reply.prototype.detail = null;
            Reply.prototype.deviceStatus = null;

            let $oneOfFields;

            $Object.defineProperty(Reply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["workload", "workloads", "reload", "logs", "exec", "execStatus", "detail", "deviceStatus"]),
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
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(10).string(message.commandId);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(16).bool(message.ok);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.mc.v1.Error.encode(message.error, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs") && (typeof message.tsMs === "object" ? message.tsMs.low || message.tsMs.high : message.tsMs !== 0))
                    writer.uint32(32).int64(message.tsMs);
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
                if (message.execStatus != null && $Object.hasOwnProperty.call(message, "execStatus"))
                    $root.mc.v1.ExecStatus.encode(message.execStatus, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    $root.mc.v1.WorkloadDetail.encode(message.detail, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.deviceStatus != null && $Object.hasOwnProperty.call(message, "deviceStatus"))
                    $root.mc.v1.DeviceStatus.encode(message.deviceStatus, writer.uint32(138).fork(), _depth + 1).ldelim();
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
                                message.commandId = value;
                            else
                                delete message.commandId;
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
                                message.tsMs = value;
                            else
                                delete message.tsMs;
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
                            message.execStatus = $root.mc.v1.ExecStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.execStatus);
                            message.result = "execStatus";
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
                            message.deviceStatus = $root.mc.v1.DeviceStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceStatus);
                            message.result = "deviceStatus";
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
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    if (!$util.isString(message.commandId))
                        return "commandId: string expected";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.mc.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (!$util.isInteger(message.tsMs) && !(message.tsMs && $util.isInteger(message.tsMs.low) && $util.isInteger(message.tsMs.high)))
                        return "tsMs: integer|Long expected";
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
                if (message.execStatus != null && $Object.hasOwnProperty.call(message, "execStatus")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.ExecStatus.verify(message.execStatus, _depth + 1);
                        if (error)
                            return "execStatus." + error;
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
                if (message.deviceStatus != null && $Object.hasOwnProperty.call(message, "deviceStatus")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.mc.v1.DeviceStatus.verify(message.deviceStatus, _depth + 1);
                        if (error)
                            return "deviceStatus." + error;
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
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".mc.v1.Reply.error: object expected");
                    message.error = $root.mc.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.tsMs != null)
                    if (typeof object.tsMs === "object" ? object.tsMs.low || object.tsMs.high : $Number(object.tsMs) !== 0)
                        if ($util.Long)
                            message.tsMs = $util.Long.fromValue(object.tsMs, false);
                        else if (typeof object.tsMs === "string")
                            message.tsMs = $parseInt(object.tsMs, 10);
                        else if (typeof object.tsMs === "number")
                            message.tsMs = object.tsMs;
                        else if (typeof object.tsMs === "object")
                            message.tsMs = new $util.LongBits(object.tsMs.low >>> 0, object.tsMs.high >>> 0).toNumber();
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
                if (object.execStatus != null) {
                    if (!$util.isObject(object.execStatus))
                        throw $TypeError(".mc.v1.Reply.execStatus: object expected");
                    message.execStatus = $root.mc.v1.ExecStatus.fromObject(object.execStatus, _depth + 1);
                }
                if (object.detail != null) {
                    if (!$util.isObject(object.detail))
                        throw $TypeError(".mc.v1.Reply.detail: object expected");
                    message.detail = $root.mc.v1.WorkloadDetail.fromObject(object.detail, _depth + 1);
                }
                if (object.deviceStatus != null) {
                    if (!$util.isObject(object.deviceStatus))
                        throw $TypeError(".mc.v1.Reply.deviceStatus: object expected");
                    message.deviceStatus = $root.mc.v1.DeviceStatus.fromObject(object.deviceStatus, _depth + 1);
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
                    object.commandId = "";
                    object.ok = false;
                    object.error = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.tsMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tsMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.device = "";
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.mc.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tsMs = typeof message.tsMs === "number" ? $BigInt(message.tsMs) : $util.Long.fromBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0, false).toBigInt();
                    else if (typeof message.tsMs === "number")
                        object.tsMs = options.longs === $String ? $String(message.tsMs) : message.tsMs;
                    else
                        object.tsMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tsMs) : options.longs === $Number ? new $util.LongBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0).toNumber() : message.tsMs;
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
                if (message.execStatus != null && $Object.hasOwnProperty.call(message, "execStatus")) {
                    object.execStatus = $root.mc.v1.ExecStatus.toObject(message.execStatus, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "execStatus";
                }
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail")) {
                    object.detail = $root.mc.v1.WorkloadDetail.toObject(message.detail, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "detail";
                }
                if (message.deviceStatus != null && $Object.hasOwnProperty.call(message, "deviceStatus")) {
                    object.deviceStatus = $root.mc.v1.DeviceStatus.toObject(message.deviceStatus, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "deviceStatus";
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

            RunRecord.prototype.runId = "";
            RunRecord.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RunRecord.prototype.endedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RunRecord.prototype.exitCode = null;
            RunRecord.prototype.signal = "";
            RunRecord.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RunRecord.prototype.reason = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RunRecord.prototype, "_exitCode", {
                get: $util.oneOfGetter($oneOfFields = ["exitCode"]),
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(10).string(message.runId);
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs") && (typeof message.startedMs === "object" ? message.startedMs.low || message.startedMs.high : message.startedMs !== 0))
                    writer.uint32(16).int64(message.startedMs);
                if (message.endedMs != null && $Object.hasOwnProperty.call(message, "endedMs") && (typeof message.endedMs === "object" ? message.endedMs.low || message.endedMs.high : message.endedMs !== 0))
                    writer.uint32(24).int64(message.endedMs);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    writer.uint32(32).int32(message.exitCode);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(42).string(message.signal);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(48).uint64(message.durationMs);
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
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedMs = value;
                            else
                                delete message.startedMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.endedMs = value;
                            else
                                delete message.endedMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.exitCode = reader.int32();
                            message._exitCode = "exitCode";
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
                                message.durationMs = value;
                            else
                                delete message.durationMs;
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs"))
                    if (!$util.isInteger(message.startedMs) && !(message.startedMs && $util.isInteger(message.startedMs.low) && $util.isInteger(message.startedMs.high)))
                        return "startedMs: integer|Long expected";
                if (message.endedMs != null && $Object.hasOwnProperty.call(message, "endedMs"))
                    if (!$util.isInteger(message.endedMs) && !(message.endedMs && $util.isInteger(message.endedMs.low) && $util.isInteger(message.endedMs.high)))
                        return "endedMs: integer|Long expected";
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode")) {
                    properties._exitCode = 1;
                    if (!$util.isInteger(message.exitCode))
                        return "exitCode: integer expected";
                }
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    if (!$util.isString(message.signal))
                        return "signal: string expected";
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (!$util.isInteger(message.durationMs) && !(message.durationMs && $util.isInteger(message.durationMs.low) && $util.isInteger(message.durationMs.high)))
                        return "durationMs: integer|Long expected";
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
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.startedMs != null)
                    if (typeof object.startedMs === "object" ? object.startedMs.low || object.startedMs.high : $Number(object.startedMs) !== 0)
                        if ($util.Long)
                            message.startedMs = $util.Long.fromValue(object.startedMs, false);
                        else if (typeof object.startedMs === "string")
                            message.startedMs = $parseInt(object.startedMs, 10);
                        else if (typeof object.startedMs === "number")
                            message.startedMs = object.startedMs;
                        else if (typeof object.startedMs === "object")
                            message.startedMs = new $util.LongBits(object.startedMs.low >>> 0, object.startedMs.high >>> 0).toNumber();
                if (object.endedMs != null)
                    if (typeof object.endedMs === "object" ? object.endedMs.low || object.endedMs.high : $Number(object.endedMs) !== 0)
                        if ($util.Long)
                            message.endedMs = $util.Long.fromValue(object.endedMs, false);
                        else if (typeof object.endedMs === "string")
                            message.endedMs = $parseInt(object.endedMs, 10);
                        else if (typeof object.endedMs === "number")
                            message.endedMs = object.endedMs;
                        else if (typeof object.endedMs === "object")
                            message.endedMs = new $util.LongBits(object.endedMs.low >>> 0, object.endedMs.high >>> 0).toNumber();
                if (object.exitCode != null)
                    message.exitCode = object.exitCode | 0;
                if (object.signal != null)
                    if (typeof object.signal !== "string" || object.signal.length)
                        message.signal = $String(object.signal);
                if (object.durationMs != null)
                    if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                        if ($util.Long)
                            message.durationMs = $util.Long.fromValue(object.durationMs, true);
                        else if (typeof object.durationMs === "string")
                            message.durationMs = $parseInt(object.durationMs, 10);
                        else if (typeof object.durationMs === "number")
                            message.durationMs = object.durationMs;
                        else if (typeof object.durationMs === "object")
                            message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber(true);
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
                    object.runId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.endedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.endedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.signal = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedMs = typeof message.startedMs === "number" ? $BigInt(message.startedMs) : $util.Long.fromBits(message.startedMs.low >>> 0, message.startedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedMs === "number")
                        object.startedMs = options.longs === $String ? $String(message.startedMs) : message.startedMs;
                    else
                        object.startedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedMs) : options.longs === $Number ? new $util.LongBits(message.startedMs.low >>> 0, message.startedMs.high >>> 0).toNumber() : message.startedMs;
                if (message.endedMs != null && $Object.hasOwnProperty.call(message, "endedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.endedMs = typeof message.endedMs === "number" ? $BigInt(message.endedMs) : $util.Long.fromBits(message.endedMs.low >>> 0, message.endedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.endedMs === "number")
                        object.endedMs = options.longs === $String ? $String(message.endedMs) : message.endedMs;
                    else
                        object.endedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endedMs) : options.longs === $Number ? new $util.LongBits(message.endedMs.low >>> 0, message.endedMs.high >>> 0).toNumber() : message.endedMs;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
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
            LogLines.prototype.runId = "";
            LogLines.prototype.lines = $util.emptyArray;
            LogLines.prototype.streamId = "";

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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(18).string(message.runId);
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        writer.uint32(26).string(message.lines[i]);
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId") && message.streamId !== "")
                    writer.uint32(34).string(message.streamId);
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
                                message.runId = value;
                            else
                                delete message.runId;
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
                                message.streamId = value;
                            else
                                delete message.streamId;
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines")) {
                    if (!$Array.isArray(message.lines))
                        return "lines: array expected";
                    for (let i = 0; i < message.lines.length; ++i)
                        if (!$util.isString(message.lines[i]))
                            return "lines: string[] expected";
                }
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    if (!$util.isString(message.streamId))
                        return "streamId: string expected";
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
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".mc.v1.LogLines.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i)
                        message.lines[i] = $String(object.lines[i]);
                }
                if (object.streamId != null)
                    if (typeof object.streamId !== "string" || object.streamId.length)
                        message.streamId = $String(object.streamId);
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
                    object.runId = "";
                    object.streamId = "";
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = message.lines[j];
                }
                if (message.streamId != null && $Object.hasOwnProperty.call(message, "streamId"))
                    object.streamId = message.streamId;
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

            ExecStarted.prototype.runId = "";
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(10).string(message.runId);
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
                                message.runId = value;
                            else
                                delete message.runId;
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
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
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
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
                    object.runId = "";
                    object.pid = 0;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
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

            ExecStatus.prototype.runId = "";
            ExecStatus.prototype.state = "";
            ExecStatus.prototype.pid = 0;
            ExecStatus.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ExecStatus.prototype.endedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ExecStatus.prototype.exitCode = null;
            ExecStatus.prototype.signal = "";
            ExecStatus.prototype.outputTail = "";
            ExecStatus.prototype.taskId = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ExecStatus.prototype, "_exitCode", {
                get: $util.oneOfGetter($oneOfFields = ["exitCode"]),
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(10).string(message.runId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(18).string(message.state);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(24).uint32(message.pid);
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs") && (typeof message.startedMs === "object" ? message.startedMs.low || message.startedMs.high : message.startedMs !== 0))
                    writer.uint32(32).int64(message.startedMs);
                if (message.endedMs != null && $Object.hasOwnProperty.call(message, "endedMs") && (typeof message.endedMs === "object" ? message.endedMs.low || message.endedMs.high : message.endedMs !== 0))
                    writer.uint32(40).int64(message.endedMs);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    writer.uint32(48).int32(message.exitCode);
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(58).string(message.signal);
                if (message.outputTail != null && $Object.hasOwnProperty.call(message, "outputTail") && message.outputTail !== "")
                    writer.uint32(66).string(message.outputTail);
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(74).string(message.taskId);
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
                                message.runId = value;
                            else
                                delete message.runId;
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
                                message.startedMs = value;
                            else
                                delete message.startedMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.endedMs = value;
                            else
                                delete message.endedMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.exitCode = reader.int32();
                            message._exitCode = "exitCode";
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
                                message.outputTail = value;
                            else
                                delete message.outputTail;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
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
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    if (!$util.isString(message.runId))
                        return "runId: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs"))
                    if (!$util.isInteger(message.startedMs) && !(message.startedMs && $util.isInteger(message.startedMs.low) && $util.isInteger(message.startedMs.high)))
                        return "startedMs: integer|Long expected";
                if (message.endedMs != null && $Object.hasOwnProperty.call(message, "endedMs"))
                    if (!$util.isInteger(message.endedMs) && !(message.endedMs && $util.isInteger(message.endedMs.low) && $util.isInteger(message.endedMs.high)))
                        return "endedMs: integer|Long expected";
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode")) {
                    properties._exitCode = 1;
                    if (!$util.isInteger(message.exitCode))
                        return "exitCode: integer expected";
                }
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    if (!$util.isString(message.signal))
                        return "signal: string expected";
                if (message.outputTail != null && $Object.hasOwnProperty.call(message, "outputTail"))
                    if (!$util.isString(message.outputTail))
                        return "outputTail: string expected";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
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
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.startedMs != null)
                    if (typeof object.startedMs === "object" ? object.startedMs.low || object.startedMs.high : $Number(object.startedMs) !== 0)
                        if ($util.Long)
                            message.startedMs = $util.Long.fromValue(object.startedMs, false);
                        else if (typeof object.startedMs === "string")
                            message.startedMs = $parseInt(object.startedMs, 10);
                        else if (typeof object.startedMs === "number")
                            message.startedMs = object.startedMs;
                        else if (typeof object.startedMs === "object")
                            message.startedMs = new $util.LongBits(object.startedMs.low >>> 0, object.startedMs.high >>> 0).toNumber();
                if (object.endedMs != null)
                    if (typeof object.endedMs === "object" ? object.endedMs.low || object.endedMs.high : $Number(object.endedMs) !== 0)
                        if ($util.Long)
                            message.endedMs = $util.Long.fromValue(object.endedMs, false);
                        else if (typeof object.endedMs === "string")
                            message.endedMs = $parseInt(object.endedMs, 10);
                        else if (typeof object.endedMs === "number")
                            message.endedMs = object.endedMs;
                        else if (typeof object.endedMs === "object")
                            message.endedMs = new $util.LongBits(object.endedMs.low >>> 0, object.endedMs.high >>> 0).toNumber();
                if (object.exitCode != null)
                    message.exitCode = object.exitCode | 0;
                if (object.signal != null)
                    if (typeof object.signal !== "string" || object.signal.length)
                        message.signal = $String(object.signal);
                if (object.outputTail != null)
                    if (typeof object.outputTail !== "string" || object.outputTail.length)
                        message.outputTail = $String(object.outputTail);
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
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
                    object.runId = "";
                    object.state = "";
                    object.pid = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.endedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.endedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.signal = "";
                    object.outputTail = "";
                    object.taskId = "";
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedMs = typeof message.startedMs === "number" ? $BigInt(message.startedMs) : $util.Long.fromBits(message.startedMs.low >>> 0, message.startedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedMs === "number")
                        object.startedMs = options.longs === $String ? $String(message.startedMs) : message.startedMs;
                    else
                        object.startedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedMs) : options.longs === $Number ? new $util.LongBits(message.startedMs.low >>> 0, message.startedMs.high >>> 0).toNumber() : message.startedMs;
                if (message.endedMs != null && $Object.hasOwnProperty.call(message, "endedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.endedMs = typeof message.endedMs === "number" ? $BigInt(message.endedMs) : $util.Long.fromBits(message.endedMs.low >>> 0, message.endedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.endedMs === "number")
                        object.endedMs = options.longs === $String ? $String(message.endedMs) : message.endedMs;
                    else
                        object.endedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endedMs) : options.longs === $Number ? new $util.LongBits(message.endedMs.low >>> 0, message.endedMs.high >>> 0).toNumber() : message.endedMs;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    object.signal = message.signal;
                if (message.outputTail != null && $Object.hasOwnProperty.call(message, "outputTail"))
                    object.outputTail = message.outputTail;
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
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
            DesiredState.prototype.deploymentId = "";
            DesiredState.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

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
                if (message.deploymentId != null && $Object.hasOwnProperty.call(message, "deploymentId") && message.deploymentId !== "")
                    writer.uint32(34).string(message.deploymentId);
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs") && (typeof message.tsMs === "object" ? message.tsMs.low || message.tsMs.high : message.tsMs !== 0))
                    writer.uint32(40).int64(message.tsMs);
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
                                message.deploymentId = value;
                            else
                                delete message.deploymentId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.tsMs = value;
                            else
                                delete message.tsMs;
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
                if (message.deploymentId != null && $Object.hasOwnProperty.call(message, "deploymentId"))
                    if (!$util.isString(message.deploymentId))
                        return "deploymentId: string expected";
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (!$util.isInteger(message.tsMs) && !(message.tsMs && $util.isInteger(message.tsMs.low) && $util.isInteger(message.tsMs.high)))
                        return "tsMs: integer|Long expected";
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
                if (object.deploymentId != null)
                    if (typeof object.deploymentId !== "string" || object.deploymentId.length)
                        message.deploymentId = $String(object.deploymentId);
                if (object.tsMs != null)
                    if (typeof object.tsMs === "object" ? object.tsMs.low || object.tsMs.high : $Number(object.tsMs) !== 0)
                        if ($util.Long)
                            message.tsMs = $util.Long.fromValue(object.tsMs, false);
                        else if (typeof object.tsMs === "string")
                            message.tsMs = $parseInt(object.tsMs, 10);
                        else if (typeof object.tsMs === "number")
                            message.tsMs = object.tsMs;
                        else if (typeof object.tsMs === "object")
                            message.tsMs = new $util.LongBits(object.tsMs.low >>> 0, object.tsMs.high >>> 0).toNumber();
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
                    object.deploymentId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.tsMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tsMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
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
                if (message.deploymentId != null && $Object.hasOwnProperty.call(message, "deploymentId"))
                    object.deploymentId = message.deploymentId;
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tsMs = typeof message.tsMs === "number" ? $BigInt(message.tsMs) : $util.Long.fromBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0, false).toBigInt();
                    else if (typeof message.tsMs === "number")
                        object.tsMs = options.longs === $String ? $String(message.tsMs) : message.tsMs;
                    else
                        object.tsMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tsMs) : options.longs === $Number ? new $util.LongBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0).toNumber() : message.tsMs;
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
            Release.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Release.prototype.notes = "";
            Release.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs") && (typeof message.createdMs === "object" ? message.createdMs.low || message.createdMs.high : message.createdMs !== 0))
                    writer.uint32(32).int64(message.createdMs);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes") && message.notes !== "")
                    writer.uint32(42).string(message.notes);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(48).uint64(message.sizeBytes);
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
                                message.createdMs = value;
                            else
                                delete message.createdMs;
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
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
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
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs"))
                    if (!$util.isInteger(message.createdMs) && !(message.createdMs && $util.isInteger(message.createdMs.low) && $util.isInteger(message.createdMs.high)))
                        return "createdMs: integer|Long expected";
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
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
                if (object.createdMs != null)
                    if (typeof object.createdMs === "object" ? object.createdMs.low || object.createdMs.high : $Number(object.createdMs) !== 0)
                        if ($util.Long)
                            message.createdMs = $util.Long.fromValue(object.createdMs, false);
                        else if (typeof object.createdMs === "string")
                            message.createdMs = $parseInt(object.createdMs, 10);
                        else if (typeof object.createdMs === "number")
                            message.createdMs = object.createdMs;
                        else if (typeof object.createdMs === "object")
                            message.createdMs = new $util.LongBits(object.createdMs.low >>> 0, object.createdMs.high >>> 0).toNumber();
                if (object.notes != null)
                    if (typeof object.notes !== "string" || object.notes.length)
                        message.notes = $String(object.notes);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
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
                        object.createdMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.notes = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
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
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdMs = typeof message.createdMs === "number" ? $BigInt(message.createdMs) : $util.Long.fromBits(message.createdMs.low >>> 0, message.createdMs.high >>> 0, false).toBigInt();
                    else if (typeof message.createdMs === "number")
                        object.createdMs = options.longs === $String ? $String(message.createdMs) : message.createdMs;
                    else
                        object.createdMs = options.longs === $String ? $util.Long.prototype.toString.call(message.createdMs) : options.longs === $Number ? new $util.LongBits(message.createdMs.low >>> 0, message.createdMs.high >>> 0).toNumber() : message.createdMs;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
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
