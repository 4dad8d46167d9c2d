package io.fieldback.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phonesKeepTheirPrefixAndLastFourDigits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("+8613812345678")).isEqualTo("+86138****5678");
        assertThat(Masking.phone("1234567")).isEqualTo("****67");
        assertThat(Masking.phone(null)).isNull();
    }

    @Test
    void namesKeepTheirFirstCharacter() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("𠮷田经理")).isEqualTo("𠮷***");
        assertThat(Masking.name("Li Wei")).isEqualTo("L*****");
        assertThat(Masking.name("王")).isEqualTo("*");
        assertThat(Masking.name(null)).isNull();
    }

    @Test
    void placeholdersOfErasedDataStayAsTheyAre() {
        assertThat(Masking.name(Masking.ERASED_NAME)).isEqualTo(Masking.ERASED_NAME);
        assertThat(Masking.phone(Masking.ERASED_PHONE)).isEqualTo(Masking.ERASED_PHONE);
    }
}
