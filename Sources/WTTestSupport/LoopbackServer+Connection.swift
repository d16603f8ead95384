import Foundation

extension LoopbackServer {
    private enum Incoming {
        case request(LoopbackRequest, keepAlive: Bool)
        case reject(Int, String)
        case closed
    }

    /// Serves one connection until the client closes it, a deadline passes, or the server stops.
    func serve(_ fd: Int32, connection: Int) {
        defer { closeConnection(fd) }
        var buffer: [UInt8] = []
        while true {
            switch receive(fd, buffer: &buffer, connection: connection) {
            case .request(let request, let keepAlive):
                let respondedAndOpen = respond(to: request, on: fd, keepAlive: keepAlive)
                guard respondedAndOpen else { return }
            case .reject(let status, let message):
                var response = LoopbackResponse.text(message + "\n", status: status)
                response.headers.append(("Connection", "close"))
                _ = write(response, for: "GET", keepAlive: false, on: fd)
                return
            case .closed:
                return
            }
        }
    }

    /// Reads one request; between requests the connection may idle up to `idleTimeout`, and a request
    /// that has started must arrive completely within `readTimeout`.
    private func receive(_ fd: Int32, buffer: inout [UInt8], connection: Int) -> Incoming {
        var deadline = ContinuousClock.now + limits.idleTimeout
        var headEnd = LoopbackRequestHead.end(in: buffer)
        while headEnd == nil {
            guard buffer.count <= limits.maximumHeadBytes else { return .reject(431, "request head too large") }
            let wasEmpty = buffer.isEmpty
            guard case .bytes = LoopbackSocket.read(fd, into: &buffer, control: control, until: deadline) else {
                return buffer.isEmpty ? .closed : .reject(408, "request not received in time")
            }
            if wasEmpty { deadline = .now + limits.readTimeout }
            headEnd = LoopbackRequestHead.end(in: buffer)
        }
        guard let headEnd, headEnd <= limits.maximumHeadBytes else { return .reject(431, "request head too large") }
        guard let head = LoopbackRequestHead(buffer[0..<headEnd - 4]) else { return .reject(400, "malformed request") }
        if head.header("Transfer-Encoding") != nil { return .reject(501, "chunked request bodies are not supported") }
        let length = head.header("Content-Length").map { Int($0) } ?? 0
        guard let length, length >= 0 else { return .reject(400, "bad Content-Length") }
        guard length <= limits.maximumBodyBytes else { return .reject(413, "request body too large") }
        while buffer.count < headEnd + length {
            guard case .bytes = LoopbackSocket.read(fd, into: &buffer, control: control, until: deadline) else {
                return .reject(408, "request body not received in time")
            }
        }
        let body = Data(buffer[headEnd..<headEnd + length])
        buffer.removeFirst(headEnd + length)
        let request = LoopbackRequest(head: head, body: body, connection: connection, sequence: -1, control: control)
        return .request(request, keepAlive: head.keepAlive)
    }

    /// Logs, handles and answers a request; `true` if the connection stays open for another.
    private func respond(to incoming: LoopbackRequest, on fd: Int32, keepAlive: Bool) -> Bool {
        let request = state.withLock { state in
            var request = incoming
            request.sequence = state.log.count
            state.log.append(request)
            state.inFlight += 1
            state.peakInFlight = max(state.peakInFlight, state.inFlight)
            return request
        }
        defer { state.withLock { $0.inFlight -= 1 } }
        let response = handle(request)
        if response.delay > .zero, !control.pause(for: response.delay) { return false }
        let open = keepAlive && !response.omitContentLength
        return write(response, for: request.method, keepAlive: open, on: fd) && open
    }

    private func handle(_ request: LoopbackRequest) -> LoopbackResponse {
        if let route = routes.first(where: { $0.matches(request) }) { return route.handler(request) }
        return staticFile(for: request) ?? .notFound
    }

    /// Writes the status line, headers and (except for HEAD) the body; `false` if the client went away.
    private func write(_ response: LoopbackResponse, for method: String, keepAlive: Bool, on fd: Int32) -> Bool {
        let deadline = ContinuousClock.now + limits.writeTimeout
        var head = "HTTP/1.1 \(response.status) \(LoopbackResponse.reason(for: response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if !response.omitContentLength { head += "Content-Length: \(response.body.count)\r\n" }
        if !keepAlive, !response.headers.contains(where: { $0.0.lowercased() == "connection" }) {
            head += "Connection: close\r\n"
        }
        let headBytes = Data((head + "\r\n").utf8)
        guard method != "HEAD" else { return send(headBytes, on: fd, until: deadline) }
        switch response.body {
        case .data(let data):
            // One write for head and body: fewer packets, and what a client sees from most servers.
            return send(headBytes + data, on: fd, until: deadline)
        case .repeated(let byte, let count):
            guard send(headBytes, on: fd, until: deadline) else { return false }
            let block = Data(repeating: byte, count: min(count, 64 * 1024))
            var remaining = count
            while remaining > 0 {
                guard send(block.prefix(remaining), on: fd, until: deadline) else { return false }
                remaining -= min(remaining, block.count)
            }
            return true
        case .chunks(let chunks, let interval):
            guard send(headBytes, on: fd, until: deadline) else { return false }
            for chunk in chunks {
                guard control.pause(for: interval), send(chunk, on: fd, until: deadline) else { return false }
            }
            return true
        }
    }

    private func send(_ data: Data, on fd: Int32, until deadline: ContinuousClock.Instant) -> Bool {
        let sent = data.withUnsafeBytes { LoopbackSocket.write(fd, $0, control: control, until: deadline) }
        if sent { state.withLock { $0.bytesSent += data.count } }
        return sent
    }
}
