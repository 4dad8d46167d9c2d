package io.fieldback.survey.internal.format;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.fieldback.common.FieldError;

/**
 * A file as text in its declared charset (UTF-8 with or without BOM, GB18030/GBK). Bytes that are not valid
 * in the charset become U+FFFD and the row holding them is rejected, so a file with mixed encodings loses
 * only its broken rows.
 */
final class TextInput {

    static final char REPLACEMENT = '\uFFFD';
    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final byte[] GB18030_BOM = { (byte) 0x84, 0x31, (byte) 0x95, 0x33 };

    private TextInput() {
    }

    static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        skipBom(in, charset);
        return new BufferedReader(new InputStreamReader(in, lenient(charset)), 64 * 1024);
    }

    private static CharsetDecoder lenient(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static void skipBom(InputStream in, Charset charset) throws IOException {
        byte[] bom = charset.name().equals("UTF-8") ? UTF8_BOM : charset.name().equals("GB18030") ? GB18030_BOM : new byte[0];
        if (bom.length == 0) {
            return;
        }
        in.mark(bom.length);
        if (!Arrays.equals(in.readNBytes(bom.length), bom)) {
            in.reset();
        }
    }

    /** Content that is not text in the charset: NUL bytes or mostly undecodable bytes in the first 8 KiB. */
    static boolean binary(Path file, Charset charset) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        boolean nul = false;
        for (byte b : head) {
            nul |= b == 0;
        }
        CharBuffer text = lenient(charset).decode(ByteBuffer.wrap(head));
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == REPLACEMENT || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                odd++;
            }
        }
        // a multi-byte character cut at the end of the sample may decode as one replacement
        return nul || odd > 2 + text.length() / 50;
    }

    static boolean undecodable(String value) {
        return value.indexOf(REPLACEMENT) >= 0;
    }

    static FieldError notDecodable(String field, Charset charset) {
        return new FieldError(field, "not valid " + charset.name()
                + " text (mixed encodings? declare the file's charset in Content-Type)");
    }
}
